import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const cli = (args: string[], cwd = root) =>
  spawnSync("node", [path.join(root, "bin/episodes.mjs"), ...args], { cwd, encoding: "utf8" });

function tempProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "episodes-cli-"));
  cpSync(path.join(root, "content/sources"), path.join(dir, "content/sources"), { recursive: true });
  return dir;
}

describe("episodes build", () => {
  it("writes every seed episode and the catalogue, byte-identical on a second build", () => {
    const dir = tempProject();
    const first = cli(["build"], dir);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/\[1\/3\] acquired-ai-builders: ok/);
    // The library search index is brought up to date after the model, beside it.
    expect(first.stdout).toMatch(
      /search index \(embedded database in .*\.search-db\): 3 indexed, 0 unchanged, 0 removed/,
    );
    const out = path.join(dir, "content/episodes");
    expect(readdirSync(out)).toContain(".search-db");
    const files = readdirSync(out)
      .filter((f) => f !== ".search-db")
      .sort();
    expect(files).toEqual([
      ".build-state.json", // what the incremental build records (not part of the model)
      "acquired-ai-builders.json",
      "cyber-sentries-open-source-ai.json",
      "hugging-face-watsonx.json",
      "index.json",
    ]);
    const before = files.map((f) => readFileSync(path.join(out, f), "utf8"));
    const second = cli(["build", "--out", path.join(dir, "again"), "--no-index"], dir);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/search index/);
    expect(files.map((f) => readFileSync(path.join(dir, "again", f), "utf8"))).toEqual(before);
    // Unchanged: the index is current without being opened.
    expect(cli(["build"], dir).stdout).toMatch(/search index \(.*\): 0 indexed, 3 unchanged, 0 removed/);
  }, 120_000);

  it("reports a corrupt file as path:line, still writes the other episodes, exits 1", () => {
    const dir = tempProject();
    const broken = path.join(dir, "content/sources/broken-episode");
    mkdirSync(broken);
    writeFileSync(
      path.join(broken, "captions.vtt"),
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nok\n\n00:00:03.000 --> nonsense\nbad\n",
    );
    const result = cli(["build", "--no-index"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("content/sources/broken-episode/captions.vtt:6: ");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const index = JSON.parse(readFileSync(path.join(dir, "content/episodes/index.json"), "utf8"));
    expect(index.episodes.map((e: { slug: string }) => e.slug).sort()).toEqual([
      "acquired-ai-builders",
      "cyber-sentries-open-source-ai",
      "hugging-face-watsonx",
    ]);
  }, 60_000);
});

describe("episodes check", () => {
  it("passes on the committed model", () => {
    const result = cli(["check"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);

  it("fails and names the file when the model is stale", () => {
    const dir = tempProject();
    expect(cli(["build", "--no-index"], dir).status).toBe(0);
    const file = path.join(dir, "content/episodes/hugging-face-watsonx.json");
    writeFileSync(file, readFileSync(file, "utf8").replace("Malcolm Gladwell", "Someone Else"));
    const result = cli(["check"], dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("hugging-face-watsonx.json:1: out of date");
  }, 60_000);
});

describe("episodes inspect", () => {
  const seeds: [string, string][] = [
    ["hugging-face-watsonx/summary-page.txt", "summary-page"],
    ["hugging-face-watsonx/transcript.txt", "plain-text"],
    ["hugging-face-watsonx/audio-captions.txt", "vtt"],
    ["acquired-ai-builders/notes.txt", "timestamped-notes"],
    ["cyber-sentries-open-source-ai/show-notes.txt", "show-notes"],
  ];
  it.each(seeds)("names the format of %s", (file, format) => {
    const result = cli(["inspect", `content/sources/${file}`]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`format: ${format}`);
  });

  it("prints WebVTT cues as JSON with times in seconds and text without markup", () => {
    const result = cli(["inspect", "content/sources/hugging-face-watsonx/audio-captions.txt", "--json"]);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.format).toBe("vtt");
    expect(parsed.cues).toHaveLength(459);
    expect(parsed.cues[0]).toEqual({
      start: 4.44,
      end: 12.6,
      voice: "Speaker 1",
      text: "Welcome to Tech Stuff, a production from iHeartRadio. Today, we",
    });
  });

  it("fails with path:line for an unknown file and for garbage", () => {
    const missing = cli(["inspect", "nope.vtt"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("nope.vtt:1: no such file\n");
    const dir = mkdtempSync(path.join(tmpdir(), "episodes-inspect-"));
    writeFileSync(path.join(dir, "x.bin"), Buffer.from([0, 1, 2, 3, 0, 255]));
    const garbage = cli(["inspect", path.join(dir, "x.bin")]);
    expect(garbage.status).toBe(1);
    expect(garbage.stderr).toMatch(/x\.bin:\d+: /);
  });
});
