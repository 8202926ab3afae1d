import { describe, expect, it } from "vitest";
import { mergeEpisode, type MergeSource } from "@/lib/merge/merge-episode";
import { src, wordsOf } from "./helpers/episode-utils";
import { randomTurns, synthesize } from "./helpers/synthetic";

/** A synthetic episode of about `words` words with VTT + plain text + summary page. */
function episode(seed: number, words: number): MergeSource[] {
  const turns = randomTurns(seed, words, ["Bob Stone", "Ann Lee", "Cy Doe"]);
  const promo = randomTurns(seed + 1000, 150, ["X"])
    .map((t) => t.text)
    .join(" ");
  const v = synthesize({
    turns,
    voices: { "Ann Lee": "Speaker 2", "Bob Stone": "Speaker 3", "Cy Doe": "Speaker 4" },
    offset: -60,
    rate: 1.002,
    promo: { voice: "Speaker 1", text: promo },
    noise: 0.06,
    seed,
    secondsPerWord: 0.37,
  });
  return [src("plain.txt", v.plain), src("summary.txt", v.summary), src("audio.vtt", v.vtt)];
}

// Speed is measured by `npm run bench` (200 one-hour episodes < 30 s; time per episode at 200 ÷
// at 50 ≈ 1), not here: a wall-clock assertion fails on a loaded machine and proves nothing.
describe("one-hour episodes", () => {
  it("merges a synthetic one-hour episode with every clean word kept and timed", () => {
    const sources = episode(2, 9600);
    const words = wordsOf(mergeEpisode({ slug: "hour", sources }));
    expect(words.length).toBeGreaterThan(9000);
    const timed = words.filter((w) => w.start !== undefined).length;
    expect(timed / words.length).toBeGreaterThan(0.95);
  });
});
