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

function msPerMerge(inputs: MergeSource[][]): number {
  const times = inputs.map((sources) => {
    const t0 = performance.now();
    mergeEpisode({ slug: "bench", sources });
    return performance.now() - t0;
  });
  times.sort((a, b) => a - b);
  return times[times.length >> 1] ?? 0;
}

describe("performance", () => {
  it("merges one-hour episodes quickly and grows about linearly", () => {
    const hour = [2, 3, 4, 5, 6].map((s) => episode(s, 9600));
    const small = [7, 8, 9, 10, 11].map((s) => episode(s, 2400));
    const large = [12, 13, 14].map((s) => episode(s, 38_400));
    msPerMerge([...small, ...hour]); // warm up the JIT
    const smallMs = msPerMerge(small);
    const largeMs = msPerMerge(large);
    const hourMs = msPerMerge(hour);
    console.log(
      `merge median: 2.4k words ${smallMs.toFixed(1)} ms, 9.6k words (1 h) ${hourMs.toFixed(1)} ms, 38.4k words ${largeMs.toFixed(1)} ms`,
    );
    expect(wordsOf(mergeEpisode({ slug: "x", sources: hour[0] ?? [] })).length).toBeGreaterThan(9000);
    // Benchmark budget: 200 one-hour episodes < 30 s including parsing (150 ms each).
    expect(hourMs).toBeLessThan(150);
    // 16× the words must cost far less than 16² × the time (linear ≈ 16×).
    expect(largeMs / Math.max(smallMs, 1)).toBeLessThan(48);
  });
});
