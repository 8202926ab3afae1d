import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Worker } from "node:worker_threads";
import { COMPILED_CLI_ENV, compiledCli, WORKER_ENTRIES } from "../../bin/compiled-cli.mjs";
import { cli as runInProcess, syntheticLibrary } from "./helpers/synthetic-library";

const root = path.resolve(__dirname, "../..");
const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `compiled-cli-${name}-`));
/** A cache of the real command's own: inside the project, where the copy's packages are found. */
const caches = path.join(root, "node_modules/.cache/compiled-cli-test");
const projectCache = () => (mkdirSync(caches, { recursive: true }), mkdtempSync(path.join(caches, "c-")));
afterAll(() => rmSync(caches, { recursive: true, force: true }));
const run = (args: string[], cacheDir: string) =>
  spawnSync("node", [path.join(root, "bin/episodes.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, EPISODES_CLI_CACHE: cacheDir },
  });

/** A project of its own: lib/cli/main.ts reports where its modules think they are. */
function fakeProject(version: string): string {
  const dir = temp("project");
  mkdirSync(path.join(dir, "lib/cli"), { recursive: true });
  mkdirSync(path.join(dir, "lib/other"));
  writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true } }));
  writeFileSync(path.join(dir, "lib/other/place.ts"), "export const place: string = import.meta.dirname;\n");
  writeSource(dir, version);
  return dir;
}
/** The worker threads' modules of a fake project: each says whose it is and stops. */
function writeWorkers(dir: string, version: string) {
  for (const [name, file] of Object.entries(WORKER_ENTRIES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(
      path.join(dir, file),
      `import { parentPort } from "node:worker_threads";\n` +
        `parentPort?.postMessage(${JSON.stringify([version, name])});\n`,
    );
  }
}
/** The first message of a worker thread started on the real project's `bin/<name>.mjs`. */
async function firstMessage(name: string, env: NodeJS.ProcessEnv, workerData?: unknown): Promise<unknown> {
  const worker = new Worker(path.join(root, `bin/${name}.mjs`), { env, execArgv: [], workerData });
  try {
    return await new Promise((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      if (workerData) worker.postMessage({ k: 7, slug: "no-such-episode" });
    });
  } finally {
    await worker.terminate();
  }
}
function writeSource(dir: string, version: string) {
  const file = path.join(dir, "lib/cli/main.ts");
  writeFileSync(
    file,
    `import "server-only";\nimport { place } from "../other/place";\n` +
      `export const report = (): string[] => [${JSON.stringify(version)}, import.meta.url, place];\n`,
  );
  // A second edit within the file system's time resolution must still be seen.
  const later = new Date(Date.now() + 1000 * Number(version.replace(/\D/g, "") || 0));
  utimesSync(file, later, later);
}
async function report(url: string | undefined): Promise<string[]> {
  expect(url).toBeDefined();
  const compiled = (await import(url as string)) as { report: () => string[] };
  return compiled.report();
}

describe("the episodes command, compiled", () => {
  it("compiles once into its cache, runs from it, and compiles again only when a source changes", async () => {
    // (A project without the worker threads' modules, as this one, compiles without them.)
    const project = fakeProject("v1");
    const cacheDir = path.join(project, "node_modules/.cache/cli");
    const first = await compiledCli({ root: project, cacheDir });
    // Each module keeps its own location, not the compiled chunk's; server-only is empty.
    expect(await report(first)).toEqual([
      "v1",
      pathToFileURL(path.join(project, "lib/cli/main.ts")).href,
      path.join(project, "lib/other"),
    ]);
    expect(await compiledCli({ root: project, cacheDir })).toBe(first);
    expect(readdirSync(cacheDir)).toHaveLength(1);

    writeSource(project, "v2");
    const second = await compiledCli({ root: project, cacheDir });
    expect(second).not.toBe(first);
    expect((await report(second))[0]).toBe("v2");
    // The first copy was used a moment ago: a run may still be loading from it.
    expect(readdirSync(cacheDir)).toHaveLength(2);

    const old = new Date(Date.now() - 2 * 60 * 60_000);
    for (const name of readdirSync(cacheDir)) utimesSync(path.join(cacheDir, name), old, old);
    writeSource(project, "v3");
    expect((await report(await compiledCli({ root: project, cacheDir })))[0]).toBe("v3");
    // Copies unused for two hours are removed when another is made.
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it("compiles the worker threads' modules beside the command; a worker runs the copy its command names", async () => {
    const project = fakeProject("v1");
    writeWorkers(project, "v1");
    const cacheDir = path.join(project, "node_modules/.cache/cli");
    const main = await compiledCli({ root: project, cacheDir });
    expect(main).toBeDefined();
    const copy = path.dirname(new URL(main as string).pathname);
    for (const name of Object.keys(WORKER_ENTRIES)) {
      expect(readdirSync(copy)).toContain(`${name}.mjs`);
      // bin/<name>.mjs, told the copy as bin/episodes.mjs tells it, runs the copy's module.
      const env = { ...process.env, [COMPILED_CLI_ENV]: main };
      expect(await firstMessage(name, env)).toEqual(["v1", name]);
    }
  });

  it("a worker of a command not compiled loads the TypeScript (the reader answers for a missing episode)", async () => {
    const env = { ...process.env };
    delete env[COMPILED_CLI_ENV];
    const out = temp("out");
    expect(await firstMessage("index-worker", env, { out })).toEqual({
      k: 7,
      error: `${path.join(out, "no-such-episode.json")}: listed in the catalogue but missing; run npx episodes build`,
    });
  });

  it("carries zod inside the copy, compiled again when it is upgraded; other packages load from node_modules", async () => {
    const project = fakeProject("v1");
    /** A package of the project's node_modules whose one module exports `mark`. */
    const writePackage = (name: string, version: string, mark: string) => {
      const dir = path.join(project, "node_modules", name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        path.join(dir, "package.json"),
        JSON.stringify({ name, version, type: "module", exports: "./index.js" }),
      );
      writeFileSync(path.join(dir, "index.js"), `export const mark = ${JSON.stringify(mark)};\n`);
    };
    writePackage("zod", "1.0.0", "zod one");
    writePackage("other-package", "1.0.0", "other one");
    writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ dependencies: { zod: "1.0.0" }, devDependencies: { "other-package": "1.0.0" } }),
    );
    writeFileSync(
      path.join(project, "lib/cli/main.ts"),
      `import { mark as zod } from "zod";\nimport { mark as other } from "other-package";\n` +
        `export const report = (): string[] => [zod, other];\n`,
    );
    const cacheDir = path.join(project, "node_modules/.cache/cli");
    const first = await compiledCli({ root: project, cacheDir });
    expect(await report(first)).toEqual(["zod one", "other one"]);
    const copy = path.dirname(new URL(first as string).pathname);
    const compiled = readdirSync(copy)
      .map((file) => readFileSync(path.join(copy, file), "utf8"))
      .join("\n");
    expect(compiled).not.toMatch(/from "zod"/);
    expect(compiled).toMatch(/"zod one"/);
    expect(compiled).toMatch(/from "other-package"/);
    expect(compiled).not.toMatch(/"other one"/);

    // An upgraded zod is compiled in again (its manifest is part of the copy's name).
    writePackage("zod", "2.0.0", "zod two");
    const second = await compiledCli({ root: project, cacheDir });
    expect(second).not.toBe(first);
    expect(await report(second)).toEqual(["zod two", "other one"]);
  });

  it("leaves no esbuild process behind once the copy is made (a server that compiled it kept one for its life)", () => {
    const project = fakeProject("v1");
    const cacheDir = path.join(project, "node_modules/.cache/cli");
    // A process of its own compiles, then lists its own child processes (esbuild's service is one).
    const script = `
      import { readdirSync, readFileSync } from "node:fs";
      const { compiledCli } = await import(${JSON.stringify(pathToFileURL(path.join(root, "bin/compiled-cli.mjs")).href)});
      const copy = await compiledCli({ root: ${JSON.stringify(project)}, cacheDir: ${JSON.stringify(cacheDir)} });
      const list = () => readdirSync("/proc").filter((p) => /^\\d+$/.test(p)).flatMap((p) => {
        try {
          const stat = readFileSync("/proc/" + p + "/stat", "utf8");
          const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
          return ppid === process.pid ? [readFileSync("/proc/" + p + "/cmdline", "utf8").replace(/\\0/g, " ")] : [];
        } catch {
          return [];
        }
      });
      // esbuild's stop() signals its service and returns at once; the process ends a moment later
      // (a loaded CI machine listed it still running once). A service kept alive is there after 5 s.
      let children = list();
      for (let waited = 0; waited < 5000 && children.some((c) => c.includes("esbuild")); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        children = list();
      }
      console.log(JSON.stringify({ copy, children }));`;
    const child = spawnSync("node", ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(child.stderr).toBe("");
    const { copy, children } = JSON.parse(child.stdout) as { copy?: string; children: string[] };
    expect(copy).toMatch(/main\.mjs$/);
    expect(children.filter((command) => command.includes("esbuild"))).toEqual([]);
  });

  it("BAD: a source that does not compile gives no copy and leaves nothing behind", async () => {
    const project = fakeProject("v1");
    writeFileSync(path.join(project, "lib/cli/main.ts"), "export const broken = ;\n");
    const cacheDir = path.join(project, "node_modules/.cache/cli");
    mkdirSync(cacheDir, { recursive: true });
    expect(await compiledCli({ root: project, cacheDir })).toBeUndefined();
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it("BAD: a cache outside the project, where its packages would not be found, gives no copy", async () => {
    const project = fakeProject("v1");
    const outside = temp("cache");
    expect(await compiledCli({ root: project, cacheDir: outside })).toBeUndefined();
    expect(readdirSync(outside)).toEqual([]);
  });

  it("runs the real command from the cache, and through tsx when there is no copy", () => {
    const cacheDir = projectCache();
    const compiled = run(["--help"], cacheDir);
    expect(compiled.status).toBe(0);
    expect(compiled.stdout).toContain("Usage: episodes <command>");
    const [copy] = readdirSync(cacheDir);
    const main = path.join(cacheDir, copy ?? "", "main.mjs");
    const made = statSync(main).mtimeMs;
    expect(run(["--help"], cacheDir).stdout).toBe(compiled.stdout);
    expect(statSync(main).mtimeMs).toBe(made); // reused, not compiled again

    const blocked = path.join(projectCache(), "not-a-folder");
    writeFileSync(blocked, "");
    for (const noCopy of [path.join(blocked, "cache"), temp("outside")]) {
      const fallback = run(["--help"], noCopy);
      expect(fallback.status).toBe(0);
      expect(fallback.stdout).toBe(compiled.stdout);
    }
  });

  it("a model built by the compiled command is current for the TypeScript one (same builder version)", async () => {
    const lib = syntheticLibrary(["alpha-talk", "beta-talk"]);
    const args = ["build", "--sources", lib.sources, "--out", lib.out, "--no-index"];
    const built = run(args, projectCache());
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const again = await runInProcess(args);
    expect(again.code).toBe(0);
    expect(again.out.join("\n")).toMatch(/0 built, 2 unchanged/);
  });
});
