import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueSchema, episodeSchema, type Episode } from "@/lib/model/episode-schema";

const root = path.resolve(__dirname, "../..");
const cli = (args: string[], cwd = root) =>
  spawnSync("node", [path.join(root, "bin/episodes.mjs"), ...args], { cwd, encoding: "utf8" });

const VTT = `WEBVTT - The loom and the engine

00:00:01.000 --> 00:00:04.000
<v Ada Lovelace>The analytical engine weaves algebraical patterns.

00:00:04.500 --> 00:00:07.250
<v Speaker 2>Just as the Jacquard loom weaves flowers &amp; leaves.
`;

const SRT = `1
00:00:01,000 --> 00:00:03,000
Grace Hopper: A ship in port is safe.

2
00:00:03,500 --> 00:00:06,000
Grace Hopper: But that is not what ships are built for.
`;

const CORRUPT_SRT = `1
00:00:01,000 --> 00:00:02,000
Fine so far.

2
00:00:03,000 --> sometime later
This subtitle has a broken timing line.
`;

/** A temp folder with `in/` holding the given files; returns its path. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "episodes-add-"));
  mkdirSync(path.join(dir, "in"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "in", name), text);
  return dir;
}

const readEpisode = (out: string, slug: string): Episode =>
  episodeSchema.parse(JSON.parse(readFileSync(path.join(out, `${slug}.json`), "utf8")));
const catalogueSlugs = (out: string): string[] =>
  catalogueSchema
    .parse(JSON.parse(readFileSync(path.join(out, "index.json"), "utf8")))
    .episodes.map((e) => e.slug)
    .sort();
const sentenceTexts = (episode: Episode): string[] =>
  episode.transcript.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));

describe("episodes add", () => {
  it("adds a VTT-only and an SRT-only episode: both are built, named and their text is in the model", () => {
    const dir = workspace({ "loom.vtt": VTT, "hopper.srt": SRT });
    const [src, out] = [path.join(dir, "src"), path.join(dir, "out")];
    const first = cli(["add", "the-loom", "in/loom.vtt", "--sources", src, "--out", out], dir);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`copied into ${path.join(src, "the-loom")}: loom.vtt`);
    expect(first.stdout).toMatch(/the-loom: ok in \d+ ms \(loom\.vtt=vtt, 1 warnings\)/);
    expect(first.stdout).toContain("loom.vtt: vtt; used words, times, names, title");
    expect(first.stdout).toContain("speaker Ada Lovelace (name from loom.vtt)");
    expect(first.stdout).toContain("speaker Speaker 2 (unnamed)");
    expect(first.stdout).toContain("warning: loom.vtt: No clean text to name the caption voices: Speaker 2");
    expect(readFileSync(path.join(src, "the-loom", "loom.vtt"), "utf8")).toBe(VTT);

    const second = cli(
      ["add", "hopper-talk", "in/hopper.srt", "--sources", src, "--out", out, "--quiet"],
      dir,
    );
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("hopper.srt: srt; used words, times, names");
    expect(second.stdout).toContain("speaker Grace Hopper (name from hopper.srt)");

    expect(catalogueSlugs(out)).toEqual(["hopper-talk", "the-loom"]);
    // Searchable: the words are in the built model's sentences, where the search index reads them.
    const loom = readEpisode(out, "the-loom");
    expect(loom.title).toBe("The loom and the engine");
    expect(sentenceTexts(loom)).toEqual([
      "The analytical engine weaves algebraical patterns.",
      "Just as the Jacquard loom weaves flowers & leaves.",
    ]);
    expect(loom.speakers.map((s) => s.name ?? s.label)).toEqual(["Ada Lovelace", "Speaker 2"]);
    const hopper = readEpisode(out, "hopper-talk");
    expect(sentenceTexts(hopper).join(" ")).toContain("that is not what ships are built for");
    expect(hopper.speakers.map((s) => s.name)).toEqual(["Grace Hopper"]);
    expect(hopper.transcript.turns[0]?.start).toBe(1);
  }, 60_000);

  it("accepts a file already there with the same bytes and refuses to overwrite a different one", () => {
    const dir = workspace({ "loom.vtt": VTT });
    const args = ["--sources", "src", "--out", "out", "--quiet"];
    expect(cli(["add", "the-loom", "in/loom.vtt", ...args], dir).status).toBe(0);
    const again = cli(["add", "the-loom", "in/loom.vtt", ...args], dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("already in src/the-loom: loom.vtt");
    writeFileSync(path.join(dir, "in", "loom.vtt"), VTT.replace("algebraical", "algebraic"));
    const clash = cli(["add", "the-loom", "in/loom.vtt", ...args], dir);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain(
      "src/the-loom/loom.vtt:1: already exists with other content; not overwritten",
    );
    expect(readFileSync(path.join(dir, "src/the-loom/loom.vtt"), "utf8")).toBe(VTT);
  }, 60_000);

  it("rejects a bad slug, a missing file and a missing argument without copying anything", () => {
    const dir = workspace({ "loom.vtt": VTT });
    const badSlug = cli(["add", "The_Loom", "in/loom.vtt", "--sources", "src"], dir);
    expect(badSlug.status).toBe(2);
    expect(badSlug.stderr).toContain('"The_Loom" is not a slug');
    const missing = cli(["add", "the-loom", "in/loom.vtt", "in/nope.srt", "--sources", "src"], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("in/nope.srt:1: no such file");
    expect(cli(["add", "the-loom"], dir).status).toBe(2);
    expect(existsSync(path.join(dir, "src"))).toBe(false);
  });
});

describe("a corrupt file next to good ones", () => {
  it("fails its episode with path:line while the seeds and the other episodes are still written", () => {
    const dir = workspace({ "loom.vtt": VTT, "good.srt": SRT, "bad.srt": CORRUPT_SRT });
    cpSync(path.join(root, "content/sources"), path.join(dir, "content/sources"), { recursive: true });
    const added = cli(["add", "the-loom", "in/loom.vtt", "--quiet"], dir);
    expect(added.status).toBe(0);
    const broken = cli(["add", "mixed-bag", "in/good.srt", "in/bad.srt", "--quiet"], dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("content/sources/mixed-bag/bad.srt:6: ");
    expect(broken.stderr).toContain("mixed-bag did not build");

    const build = cli(["build"], dir);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/^content\/sources\/mixed-bag\/bad\.srt:6: .*bad timing line/m);
    expect(build.stderr).not.toMatch(/\n\s+at /);
    expect(build.stdout).toContain("1 failed: mixed-bag");
    const out = path.join(dir, "content/episodes");
    expect(catalogueSlugs(out)).toEqual([
      "acquired-ai-builders",
      "cyber-sentries-open-source-ai",
      "hugging-face-watsonx",
      "the-loom",
    ]);
    expect(readdirSync(out)).not.toContain("mixed-bag.json");
  }, 90_000);
});
