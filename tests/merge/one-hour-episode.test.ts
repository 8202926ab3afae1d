import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { wordsOf } from "./helpers/episode-utils";
import { syntheticSources } from "./helpers/synthetic-sources";

// Speed is measured by `npm run bench` (200 one-hour episodes < 30 s; time per episode at 200 ÷
// at 50 ≈ 1), not here: a wall-clock assertion fails on a loaded machine and proves nothing.
describe("one-hour episodes", () => {
  it("merges a synthetic one-hour episode with every clean word kept and timed", () => {
    const sources = syntheticSources(2, 9600);
    const words = wordsOf(mergeEpisode({ slug: "hour", sources }));
    expect(words.length).toBeGreaterThan(9000);
    const timed = words.filter((w) => w.start !== undefined).length;
    expect(timed / words.length).toBeGreaterThan(0.95);
  });
});
