import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MEMO_LIMIT, getCatalogue, getEpisode, getEpisodesDir } from "@/lib/content/load-episodes";

const seeds = path.resolve(__dirname, "../../content/episodes");
const tempDir = () => mkdtempSync(path.join(tmpdir(), "load-episodes-"));

afterEach(() => vi.unstubAllEnvs());

describe("getEpisodesDir", () => {
  it("is content/episodes under the working folder, or EPISODES_DIR resolved", () => {
    vi.stubEnv("EPISODES_DIR", "");
    expect(getEpisodesDir()).toBe(path.join(process.cwd(), "content", "episodes"));
    vi.stubEnv("EPISODES_DIR", "some/where");
    expect(getEpisodesDir()).toBe(path.resolve("some/where"));
  });
});

describe("getCatalogue and getEpisode", () => {
  it("read a built folder: the catalogue's episodes, each by slug, validated", () => {
    const dir = tempDir();
    cpSync(seeds, dir, { recursive: true });
    vi.stubEnv("EPISODES_DIR", dir);
    expect(getCatalogue().episodes.map((e) => e.slug).sort()).toEqual([
      "acquired-ai-builders",
      "cyber-sentries-open-source-ai",
      "hugging-face-watsonx",
    ]);
    expect(getEpisode("hugging-face-watsonx")?.title).toMatch(/Hugging Face/);
    expect(getEpisode("no-such-episode")).toBeUndefined();
  });

  it("give an empty library for a folder that does not exist", () => {
    vi.stubEnv("EPISODES_DIR", path.join(tempDir(), "missing"));
    expect(getCatalogue()).toEqual({ schemaVersion: 2, episodes: [] });
    expect(getEpisode("hugging-face-watsonx")).toBeUndefined();
  });

  it("name the file and the reason for invalid JSON", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "index.json"), '{"schemaVersion": 1, "episodes": [');
    vi.stubEnv("EPISODES_DIR", dir);
    expect(() => getCatalogue()).toThrow(`${path.join(dir, "index.json")}: `);
    expect(() => getCatalogue()).toThrow(/JSON/);
  });

  it("name the file of an episode that does not match the schema", () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    cpSync(path.join(seeds, "index.json"), path.join(dir, "index.json"));
    writeFileSync(path.join(dir, "hugging-face-watsonx.json"), JSON.stringify({ slug: "hugging-face-watsonx" }));
    vi.stubEnv("EPISODES_DIR", dir);
    expect(() => getEpisode("hugging-face-watsonx")).toThrow(`${path.join(dir, "hugging-face-watsonx.json")}: `);
  });

  it("say a model built by an older Episode Explorer must be rebuilt, naming the file", () => {
    const dir = tempDir();
    cpSync(path.join(seeds, "index.json"), path.join(dir, "index.json"));
    const file = path.join(dir, "hugging-face-watsonx.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, slug: "hugging-face-watsonx", transcript: { turns: [] } }));
    vi.stubEnv("EPISODES_DIR", dir);
    const message = `${file}: built by an older Episode Explorer (model version 1; this one reads version 2): run npx episodes build`;
    expect(() => getEpisode("hugging-face-watsonx")).toThrow(message);
    writeFileSync(path.join(dir, "index.json"), JSON.stringify({ schemaVersion: 1, episodes: [] }));
    expect(() => getCatalogue()).toThrow(/index\.json: built by an older Episode Explorer \(model version 1/);
  });
});

describe("getEpisode's memo", () => {
  /** A library of `count` copies of episode A, each under its own slug. */
  function library(count: number): { dir: string; slugs: string[] } {
    const dir = tempDir();
    const catalogue = JSON.parse(readFileSync(path.join(seeds, "index.json"), "utf8")) as {
      episodes: { slug: string }[];
    };
    const entry = catalogue.episodes.find((e) => e.slug === "hugging-face-watsonx");
    const slugs = Array.from({ length: count }, (_, i) => `copy-${i}`);
    const episodes = slugs.map((slug) => ({ ...entry, slug }));
    writeFileSync(path.join(dir, "index.json"), JSON.stringify({ ...catalogue, episodes }));
    for (const slug of slugs) cpSync(path.join(seeds, "hugging-face-watsonx.json"), path.join(dir, `${slug}.json`));
    return { dir, slugs };
  }

  it("serves a repeated view from memory, and re-reads a rebuilt file", () => {
    const { dir, slugs } = library(2);
    vi.stubEnv("EPISODES_DIR", dir);
    const first = getEpisode(slugs[0] as string);
    expect(getEpisode(slugs[0] as string)).toBe(first);
    const file = path.join(dir, `${slugs[0]}.json`);
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const reread = getEpisode(slugs[0] as string);
    expect(reread).not.toBe(first);
    expect(reread).toEqual(first);
  });

  it(`keeps at most ${MEMO_LIMIT} files, forgetting the least recently viewed`, () => {
    const { dir, slugs } = library(MEMO_LIMIT + 1);
    vi.stubEnv("EPISODES_DIR", dir);
    const [oldest, recent, ...others] = slugs as [string, string, ...string[]];
    const first = getEpisode(oldest);
    const kept = getEpisode(recent);
    // The catalogue is one of the remembered files, so MEMO_LIMIT − 2 more episodes fill the memo.
    for (const slug of others.slice(0, MEMO_LIMIT - 3)) getEpisode(slug);
    expect(getEpisode(recent)).toBe(kept); // viewed again: now the most recent
    getEpisode(others.at(-1) as string); // one more than fits: the least recent goes
    expect(getEpisode(recent)).toBe(kept);
    expect(getEpisode(oldest)).not.toBe(first);
    expect(getEpisode(oldest)).toEqual(first);
  });
});
