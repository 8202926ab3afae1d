import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runLibrarySearch } from "@/components/search/run-library-search";
import { parseSearchParams } from "@/lib/links/search-params";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { MODEL_VERSION } from "@/lib/model/episode-schema";

const entry = (slug: string, show: string, published: string, speakers: string[]): CatalogueEntry => ({
  slug,
  title: slug,
  show,
  published,
  speakers,
  people: [],
  counts: { sections: 0, keyPoints: 0, sentences: 0, notes: 0, chapters: 0 },
  formats: [],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "run-search-"));
  mkdirSync(dir, { recursive: true });
  const episodes = [
    entry("b-one", "Beta Show", "2024-05-01", ["Zoe", "Ada"]),
    entry("a-one", "Alpha Show", "2023-01-02", ["Ada"]),
  ];
  writeFileSync(path.join(dir, "index.json"), JSON.stringify({ schemaVersion: MODEL_VERSION, episodes }));
  vi.stubEnv("EPISODES_DIR", dir);
  vi.stubEnv("DATABASE_URL", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("runLibrarySearch", () => {
  it("offers the library's shows, speakers and days as filter choices, with no query idle", async () => {
    const { choices, outcome } = await runLibrarySearch(parseSearchParams({}));
    expect(outcome).toEqual({ kind: "idle" });
    expect(choices.shows.map((s) => [s.name, s.slug])).toEqual([
      ["Alpha Show", "alpha-show"],
      ["Beta Show", "beta-show"],
    ]);
    expect(choices.speakers).toEqual(["Ada", "Zoe"]);
    expect(choices.published).toEqual({ first: "2023-01-02", last: "2024-05-01" });
  });

  it("names a show slug that is not in the library", async () => {
    const { notices } = await runLibrarySearch(parseSearchParams({ show: "gamma-show" }));
    expect(notices).toEqual(["There is no show “gamma-show”, so every show was searched."]);
  });

  it("says how to build the index when there is none, instead of failing", async () => {
    const { outcome } = await runLibrarySearch(parseSearchParams({ q: "open source" }));
    expect(outcome.kind).toBe("unavailable");
    expect(outcome.kind === "unavailable" && outcome.message).toMatch(/npx episodes index/);
  });

  it("an unreachable DATABASE_URL is 'unavailable' with what to do, never its password", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://reader:s3cret@127.0.0.1:1/episodes");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { outcome } = await runLibrarySearch(parseSearchParams({ q: "open source" }));
    expect(outcome.kind).toBe("unavailable");
    const message = outcome.kind === "unavailable" ? outcome.message : "";
    expect(message).not.toContain("s3cret");
    expect(message.length).toBeGreaterThan(20);
  });
});
