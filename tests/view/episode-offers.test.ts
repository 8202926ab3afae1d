import { describe, expect, it } from "vitest";
import { episodeOffers } from "@/lib/view/episode-offers";

const counts = (c: Partial<Record<"sentences" | "notes" | "chapters", number>>) => ({
  counts: { sections: 3, keyPoints: 2, sentences: 0, notes: 0, chapters: 0, ...c },
});

describe("episodeOffers", () => {
  it("names what a reader can open, in a fixed order", () => {
    expect(episodeOffers(counts({ sentences: 246, notes: 1, chapters: 13 }))).toEqual([
      "Transcript",
      "Notes",
      "Chapters",
    ]);
  });

  it("leaves out what the episode lacks: no transcript means no Transcript badge", () => {
    expect(episodeOffers(counts({ notes: 59 }))).toEqual(["Notes"]);
    expect(episodeOffers(counts({ chapters: 13 }))).toEqual(["Chapters"]);
    expect(episodeOffers(counts({}))).toEqual([]);
  });
});
