// The `episodes` command's TypeScript, compiled into plain JavaScript once and reused until a
// source changes. Through tsx, every run pays for Node's module hooks, which run in a thread of
// their own and are asked about each module in turn: a run with nothing to do took 0.72–0.77 s,
// compiled 0.39–0.40 s, and one changed episode's index at 1,000 hours 1.74–2.13 s against
// 1.50–1.72 s. esbuild (which tsx itself uses) compiles the command in ~0.2 s; its output goes to
// node_modules/.cache/episodes-cli/<key>/, the key being the sources' paths, sizes and times.
// Anything that goes wrong here (no esbuild, a read-only node_modules, a source that does not
// compile) leaves the command to tsx, as before: same code, slower start, and tsx's own errors.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

/** A compiled copy unused this long (ms) is removed when another is made. */
const UNUSED_FOR_MS = 60 * 60_000;

const require = createRequire(import.meta.url);

/**
 * Packages compiled into the copy, not loaded from node_modules. zod is 104 modules, which Node's
 * loader resolves, reads and links one by one at every command's start (and each worker
 * thread's): ~85 ms to import, ~25 ms as one chunk of the copy. The others stay outside: some find
 * files beside their modules (PGlite's WebAssembly), and most load only for a command that needs them.
 */
const BUNDLED_PACKAGES = new Set(["zod"]);

/**
 * The compiled command's name: what was compiled (every file under lib/, tsconfig.json, this
 * file, and the packages compiled in: package.json, which names the others, and their own
 * manifests, so an upgrade compiles again), where (the copy holds the sources' locations: a moved
 * project compiles again) and by which esbuild.
 */
function sourceKey(root) {
  const { version } = JSON.parse(readFileSync(require.resolve("esbuild/package.json"), "utf8"));
  const hash = createHash("sha256").update(`${path.resolve(root)}\0esbuild ${version}\n`);
  const lib = readdirSync(path.join(root, "lib"), { recursive: true }).map((file) => path.join("lib", file));
  const bundled = [...BUNDLED_PACKAGES].map((name) => path.join("node_modules", name, "package.json"));
  for (const file of [...lib.sort(), "tsconfig.json", "package.json", ...bundled, THIS_FILE]) {
    const stat = statSync(path.resolve(root, file), { throwIfNoEntry: false });
    if (stat?.isFile()) hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A module keeps its own location in `import.meta` (a worker's entry, the builder's root are
 * found from it), not the compiled chunk's. `server-only` is empty, as in Next's server code.
 */
const plugins = (root) => [
  {
    name: "keep-module-location",
    setup(build) {
      const lib = path.join(root, "lib") + path.sep;
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        if (!args.path.startsWith(lib)) return undefined;
        const text = readFileSync(args.path, "utf8")
          .replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href))
          .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
          .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(path.dirname(args.path)));
        return { contents: text, loader: args.path.endsWith("x") ? "tsx" : "ts" };
      });
    },
  },
  {
    name: "server-only",
    setup(build) {
      build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
      build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
    },
  },
];

/**
 * The worker threads' modules (bin/build-worker.mjs, bin/index-worker.mjs, bin/search-worker.mjs),
 * compiled beside the command, which names its copy to its workers (COMPILED_CLI_ENV; the site's
 * server names it too, scripts/serve.mjs). Through tsx, each thread paid the loader's start, and
 * tsx keeps every function's name, a call at each closure made. The search index's reader
 * thread, 300 episodes at 1,000 hours: the first after 0.58–0.62 s, then 33.0–33.4 ms each;
 * compiled, 0.22–0.23 s, then 32.2–32.5 ms.
 */
export const WORKER_ENTRIES = {
  "build-worker": "lib/cli/build-worker.ts",
  "index-worker": "lib/search/store/index-worker.ts",
  "search-worker": "lib/search/store/search-worker.ts",
};

/** The environment variable through which a compiled command names its copy's main.mjs to its workers. */
export const COMPILED_CLI_ENV = "EPISODES_COMPILED_CLI";

/** The worker entries a project has (a project without them compiles without them). */
function workerEntries(root) {
  return Object.fromEntries(
    Object.entries(WORKER_ENTRIES)
      .filter(([, file]) => existsSync(path.join(root, file)))
      .map(([name, file]) => [name, path.join(root, file)]),
  );
}

/**
 * Loads a worker thread's module (WORKER_ENTRIES): the compiled copy's when the command runs
 * compiled (its COMPILED_CLI_ENV), else the TypeScript through tsx, with `server-only` resolved as
 * server code, since a worker inherits neither loader. `packages`, plain JavaScript the module
 * imports, load first, in Node's own loader (bin/episodes.mjs says why).
 */
export async function loadWorker(name, packages = []) {
  const compiled = process.env[COMPILED_CLI_ENV];
  if (compiled) return void (await import(new URL(`./${name}.mjs`, compiled).href));
  for (const specifier of packages) await import(specifier);
  await import("./server-only-condition.mjs");
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(path.join(ROOT, WORKER_ENTRIES[name])).href);
}

/** The project's packages (package.json's dependencies of both kinds) left to node_modules. */
function externalPackages(root) {
  const file = path.join(root, "package.json");
  if (!existsSync(file)) return [];
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(file, "utf8"));
  return Object.keys({ ...dependencies, ...devDependencies }).filter((name) => !BUNDLED_PACKAGES.has(name));
}

/**
 * esbuild compiles in a child process that it keeps until its parent exits: in the site's server
 * (serve.mjs compiles a stale copy), 55 MiB of RSS for the server's life. Stopped when done.
 */
async function compile(root, outdir) {
  const { build, stop } = await import("esbuild");
  try {
    await build({
      entryPoints: { main: path.join(root, "lib/cli/main.ts"), ...workerEntries(root) },
      tsconfig: path.join(root, "tsconfig.json"),
      bundle: true,
      // Each command's modules load when it runs, as they do through tsx.
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // A package also keeps its subpaths outside (`pg` and `pg/...`).
      external: externalPackages(root),
      outdir,
      outExtension: { ".js": ".mjs" },
      logLevel: "silent",
      plugins: plugins(root),
    });
  } finally {
    await stop();
  }
}

/**
 * Removes the other compiled copies (and failed attempts) that no run has used for a while. One
 * that another run removes first is passed over: this run's own copy is in place either way.
 */
function prune(cacheDir, keep) {
  for (const name of readdirSync(cacheDir)) {
    const dir = path.join(cacheDir, name);
    const unusedFor = Date.now() - (statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (dir !== keep && unusedFor > UNUSED_FOR_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The URL of the compiled command's entry (made when missing), or undefined when it cannot be
 * had. Several runs may compile at once: each into a folder of its own, then renamed into place.
 * `cacheDir` (EPISODES_CLI_CACHE, for tests) must lie inside `root`, where the packages the copy
 * imports are found; elsewhere there is no copy.
 */
export async function compiledCli({
  root = ROOT,
  cacheDir = process.env.EPISODES_CLI_CACHE || path.join(root, "node_modules/.cache/episodes-cli"),
} = {}) {
  if (path.relative(root, cacheDir).startsWith("..") || path.isAbsolute(path.relative(root, cacheDir)))
    return undefined;
  try {
    const dir = path.join(cacheDir, sourceKey(root));
    const main = path.join(dir, "main.mjs");
    if (!existsSync(main)) {
      const temp = `${dir}.tmp-${process.pid}-${Date.now()}`;
      await compile(root, temp);
      try {
        renameSync(temp, dir);
      } catch (error) {
        rmSync(temp, { recursive: true, force: true });
        if (!existsSync(main)) throw error; // else another run put the same copy in place first
      }
      prune(cacheDir, dir);
    }
    // Marks the copy as in use, so that prune leaves it to the runs that may still load from it.
    const now = new Date();
    utimesSync(dir, now, now);
    return pathToFileURL(main).href;
  } catch {
    return undefined;
  }
}
