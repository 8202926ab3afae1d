import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getCatalogue, getEpisode, getEpisodesDir } from "@/lib/content/load-episodes";

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
