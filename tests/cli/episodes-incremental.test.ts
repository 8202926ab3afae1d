import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildLibrary } from "@/lib/cli/build-library";
import { episodeCode } from "@/lib/links/clip-id";
import { writeBuildState } from "@/lib/content/build-state";
import {
  captions,
  cli,
  snapshot,
  syntheticLibrary,
  verdicts,
  writeSource,
} from "./helpers/synthetic-library";

const SLUGS = ["alpha-talk", "beta-talk", "gamma-talk"];
const build = (lib: { sources: string; out: string }, ...extra: string[]) =>
  cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", ...extra]);
const catalogueSlugs = (out: string): string[] =>
  JSON.parse(readFileSync(path.join(out, "index.json"), "utf8"))
    .episodes.map((e: { slug: string }) => e.slug)
    .sort();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("episodes build, incremental", () => {
  it("skips every episode of an unchanged library: nothing parsed, nothing rewritten", async () => {
    const lib = syntheticLibrary(SLUGS);
    expect((await build(lib)).code).toBe(0);
    const before = snapshot(lib.out);
    const mtimes = SLUGS.map((s) => statSync(path.join(lib.out, `${s}.json`)).mtimeMs);
    const again = await build(lib);
    expect(again.code).toBe(0);
    expect(verdicts(again.out)).toEqual({
      "alpha-talk": "unchanged",
      "beta-talk": "unchanged",
      "gamma-talk": "unchanged",
    });
    expect(again.out.at(-1)).toMatch(/: 0 built, 3 unchanged, 0 removed/);
    expect(snapshot(lib.out)).toEqual(before);
    expect(SLUGS.map((s) => statSync(path.join(lib.out, `${s}.json`)).mtimeMs)).toEqual(mtimes);
  });

  it("rebuilds only the episode whose source changed", async () => {
    const lib = syntheticLibrary(SLUGS);
    await build(lib);
    const before = snapshot(lib.out);
    writeSource(lib.sources, "beta-talk", "captions.vtt", captions("beta-talk renamed", 9));
    const again = await build(lib);
    expect(verdicts(again.out)).toEqual({
      "alpha-talk": "unchanged",
      "beta-talk": "built",
      "gamma-talk": "unchanged",
    });
    expect(again.out.at(-1)).toMatch(/: 1 built, 2 unchanged, 0 removed/);
    const after = snapshot(lib.out);
    // Version 2 stores a sentence's words as a column: the new word is there, and was not before.
    expect(before["beta-talk.json"]).not.toContain('"renamed"');
    expect(after["beta-talk.json"]).toContain('"renamed"');
    expect(after["alpha-talk.json"]).toBe(before["alpha-talk.json"]);
    expect(after["gamma-talk.json"]).toBe(before["gamma-talk.json"]);
  });

  it("rebuilds an episode whose manifest changed, or whose model file was edited", async () => {
    const lib = syntheticLibrary(SLUGS);
    writeSource(lib.sources, "alpha-talk", "episode.json", JSON.stringify({ title: "First title" }));
    await build(lib);
    writeSource(lib.sources, "alpha-talk", "episode.json", JSON.stringify({ title: "Second title" }));
    const gamma = path.join(lib.out, "gamma-talk.json");
    writeFileSync(gamma, readFileSync(gamma, "utf8").replaceAll('"open"', '"closed"'));
    const again = await build(lib);
    expect(verdicts(again.out)).toEqual({
      "alpha-talk": "built",
      "beta-talk": "unchanged",
      "gamma-talk": "built",
    });
    expect(readFileSync(path.join(lib.out, "index.json"), "utf8")).toContain("Second title");
    expect(readFileSync(gamma, "utf8")).not.toContain('"closed"');
  });

  it("rebuilds every episode when the builder version changes", async () => {
    const lib = syntheticLibrary(SLUGS);
    const options = (builder: string) => ({
      roots: [lib.sources],
      out: lib.out,
      force: false,
      record: true,
      jobs: 1,
      builder,
      reporter: { progress: () => {}, issue: () => {} },
      sink: (name: string, json: string) => writeFileSync(path.join(lib.out, name), json),
    });
    mkdirSync(lib.out, { recursive: true });
    const first = await buildLibrary(options("builder-1"));
    expect(first.built).toBe(3);
    writeFileSync(path.join(lib.out, "index.json"), first.catalogue);
    writeBuildState(lib.out, first.state);
    expect(await buildLibrary(options("builder-1"))).toMatchObject({ built: 0, unchanged: 3 });
    expect(await buildLibrary(options("builder-2"))).toMatchObject({ built: 3, unchanged: 0 });
  });

  it("warns of two episodes whose clip code is the same, and builds both", async () => {
    // A clash found by search over `episode-<n>` (tests/links/clip-id.test.ts).
    const lib = syntheticLibrary(["episode-241215", "episode-555586", "other"]);
    const issues: string[] = [];
    const summary = await buildLibrary({
      roots: [lib.sources],
      out: lib.out,
      force: false,
      record: false,
      jobs: 1,
      builder: "builder-1",
      reporter: { progress: () => {}, issue: (issue) => issues.push(String(issue)) },
      sink: () => {},
    });
    expect(summary.built).toBe(3);
    expect(issues).toEqual([
      `warning: episode-241215, episode-555586 share the clip code ${episodeCode("episode-241215")}, so links to their clips are not found (404): rename one of the folders`,
    ]);
  });

  it("removes the model and catalogue entry of a removed source folder", async () => {
    const lib = syntheticLibrary(SLUGS);
    await build(lib);
    rmSync(path.join(lib.sources, "beta-talk"), { recursive: true });
    const again = await build(lib);
    expect(again.code).toBe(0);
    expect(again.out.at(-1)).toMatch(/: 0 built, 2 unchanged, 1 removed/);
    expect(existsSync(path.join(lib.out, "beta-talk.json"))).toBe(false);
    expect(catalogueSlugs(lib.out)).toEqual(["alpha-talk", "gamma-talk"]);
  });

  it("never records a failed episode: it fails loudly on every build", async () => {
    const lib = syntheticLibrary(SLUGS);
    writeSource(lib.sources, "broken-talk", "captions.vtt", "WEBVTT\n\n00:00:01.000 --> nonsense\nbad\n");
    for (let run = 0; run < 2; run++) {
      const result = await build(lib);
      expect(result.code).toBe(1);
      expect(verdicts(result.out)["broken-talk"]).toBe("FAILED");
      expect(result.err.join("\n")).toMatch(/broken-talk[/\\]captions\.vtt:3: /);
      expect(result.out.at(-1)).toMatch(/1 failed: broken-talk/);
    }
    expect(verdicts((await build(lib)).out)["alpha-talk"]).toBe("unchanged");
    expect(catalogueSlugs(lib.out)).toEqual(SLUGS);
  });

  it("--force rebuilds everything", async () => {
    const lib = syntheticLibrary(SLUGS);
    await build(lib);
    const forced = await build(lib, "--force");
    expect(Object.values(verdicts(forced.out))).toEqual(["built", "built", "built"]);
    expect(forced.out.at(-1)).toMatch(/: 3 built, 0 unchanged, 0 removed \(0 file\(s\) changed\)/);
  });

  it("reads the folders from EPISODES_SOURCES and EPISODES_DIR when no flag names them", async () => {
    const lib = syntheticLibrary(SLUGS);
    vi.stubEnv("EPISODES_SOURCES", lib.sources);
    vi.stubEnv("EPISODES_DIR", lib.out);
    expect((await cli(["build", "--quiet", "--no-index"])).code).toBe(0);
    expect(catalogueSlugs(lib.out)).toEqual(SLUGS);
    expect((await cli(["check"])).out).toContain("model is current (3 episodes)");
  });
});

describe("episodes build, parallel", () => {
  const many = Array.from({ length: 10 }, (_, i) => `talk-${String.fromCharCode(106 - i)}`);

  it("writes byte-identical model and progress on worker threads as on one thread, every time", async () => {
    const lib = syntheticLibrary(many);
    const runs: { files: Record<string, string>; progress: string[] }[] = [];
    for (const jobs of ["1", "2", "2"]) {
      const out = `${lib.out}-${runs.length}`;
      const result = await cli([
        "build",
        "--sources",
        lib.sources,
        "--out",
        out,
        "--jobs",
        jobs,
        "--no-index",
      ]);
      expect(result.code).toBe(0);
      runs.push({
        files: snapshot(out),
        progress: result.out.slice(0, -1).map((l) => l.replace(/ in \d+ ms/u, "")),
      });
    }
    expect(Object.keys(runs[0]?.files ?? {})).toHaveLength(many.length + 2); // + index.json, state
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[0]?.progress[0]).toMatch(/^\[1\/10\] talk-a: ok/);
  }, 60_000);

  it("says what is wrong with --jobs", async () => {
    const lib = syntheticLibrary(SLUGS);
    const result = await build(lib, "--jobs", "0");
    expect(result.code).toBe(2);
    expect(result.err.join("\n")).toContain('--jobs needs a whole number from 1 to 64, not "0"');
  });
});
