import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema } from "@/lib/model/episode-schema";
import { EXPORT_FORMATS } from "@/lib/export/export-formats";
import { renderExport } from "@/lib/export/render-export";

const root = path.resolve(__dirname, "../..");
const ORIGIN = "https://episodes.example.org";
/** Runs the CLI with SITE_URL set to `siteUrl` (null: unset). */
const cli = (args: string[], cwd = root, siteUrl: string | null = ORIGIN) => {
  const { SITE_URL: _unset, ...env } = process.env;
  return spawnSync("node", [path.join(root, "bin/episodes.mjs"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...env, ...(siteUrl === null ? {} : { SITE_URL: siteUrl }), EPISODES_DIR: "" },
  });
};
const seed = (slug: string) =>
  episodeSchema.parse(JSON.parse(readFileSync(path.join(root, `content/episodes/${slug}.json`), "utf8")));

describe("episodes export", () => {
  it.each(EXPORT_FORMATS)("prints the %s export of episode A exactly as the site serves it", (format) => {
    const result = cli(["export", "hugging-face-watsonx", "--format", format]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(renderExport(seed("hugging-face-watsonx"), format, { origin: ORIGIN }));
  });

  it("defaults to WebVTT and reads another built model with --episodes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "episodes-export-"));
    mkdirSync(path.join(dir, "in"));
    writeFileSync(
      path.join(dir, "in/talk.vtt"),
      "WEBVTT\n\n00:00:02.000 --> 00:00:04.000\n<v Ada Lovelace>Hello from a temp folder.\n",
    );
    const args = ["--sources", "src", "--out", "out", "--quiet"];
    expect(cli(["add", "temp-talk", "in/talk.vtt", ...args], dir).status).toBe(0);
    const result = cli(["export", "temp-talk", "--episodes", "out"], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      "WEBVTT - temp-talk\n\ns-2000\n00:00:02.000 --> 00:00:04.000\n<v Ada Lovelace>Hello from a temp folder.\n",
    );
  }, 60_000);

  it("prints a valid empty file, with a note, for an export the episode has nothing for", () => {
    const result = cli(["export", "cyber-sentries-open-source-ai", "--format", "srt"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("has nothing for transcript.srt; the file is empty");
  });

  it("fails clearly for an unknown episode, an unknown format and a missing slug", () => {
    const unknown = cli(["export", "no-such-episode"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no built episode "no-such-episode"');
    const format = cli(["export", "hugging-face-watsonx", "--format", "mp3"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "mp3" (use vtt, srt, txt, json, html, chapters)');
    expect(cli(["export"]).status).toBe(2);
  });

  it("leaves the chapters' links out without SITE_URL, and says so, rather than point at localhost", () => {
    const result = cli(["export", "hugging-face-watsonx", "--format", "chapters"], root, null);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("SITE_URL is not set, so the chapters carry no links to the site");
    expect(result.stdout).toBe(renderExport(seed("hugging-face-watsonx"), "chapters"));
    expect(result.stdout).not.toMatch(/"url"|localhost/);
  });

  it("refuses an invalid SITE_URL with its reason", () => {
    const result = cli(
      ["export", "hugging-face-watsonx", "--format", "chapters"],
      root,
      "episodes.example.org",
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('SITE_URL="episodes.example.org" is not an absolute URL');
  });
});
