import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCatalogueEntry } from "@/lib/build/build-catalogue";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";

const seed = (slug: string): Episode =>
  episodeSchema.parse(JSON.parse(readFileSync(`content/episodes/${slug}.json`, "utf8")));
const A = seed("hugging-face-watsonx");

describe("toCatalogueEntry: the card's one-line description", () => {
  it("is the episode's description, whitespace collapsed, before any summary item", () => {
    const ep: Episode = { ...A, description: "  Two hosts on\n open models. ", summary: ["First bullet."] };
    expect(toCatalogueEntry(ep).description).toBe("Two hosts on open models.");
  });

  it("is the first summary item when there is no description", () => {
    const ep: Episode = { ...A, description: undefined, summary: ["First  bullet.", "Second."] };
    expect(toCatalogueEntry(ep).description).toBe("First bullet.");
  });

  it("is absent when the episode has neither", () => {
    const ep: Episode = { ...A, description: undefined, summary: [] };
    expect(toCatalogueEntry(ep).description).toBeUndefined();
  });

  it("is given for the seeds that have a summary (A and C) and not for B", () => {
    expect(toCatalogueEntry(A).description).toMatch(/^Hugging Face/);
    expect(toCatalogueEntry(seed("cyber-sentries-open-source-ai")).description).toMatch(/^In this episode/);
    expect(toCatalogueEntry(seed("acquired-ai-builders")).description).toBeUndefined();
  });
});
