/**
 * Ready-made synthetic inputs shared by the merge tests and the merge bench
 * (scripts/bench/bench-merge.ts), so the bench times exactly what the tests check.
 */
import type { MergeSource } from "@/lib/merge/merge-episode";
import { src } from "./episode-utils";
import { prng, randomTurns, synthesize } from "./synthetic";

/**
 * A synthetic episode of about `words` words as merge sources: plain text, summary page and an
 * audio VTT with a promo, another clock (offset −60 s, rate 1.002) and 6 % caption noise.
 */
export function syntheticSources(seed: number, words: number): MergeSource[] {
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

/**
 * Token sequences for the word alignment: `a`, 30k tokens of a 3000-word vocabulary, and `b`,
 * the same with 3 % dropped and 3 % misspelt behind a 400-token `promo`.
 */
export function alignmentPair(seed: number): { a: string[]; b: string[]; promo: string[] } {
  const rnd = prng(seed);
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const vocab = Array.from({ length: 3000 }, () =>
    Array.from({ length: 5 + Math.floor(rnd() * 4) }, () => letters[Math.floor(rnd() * 26)]).join(""),
  );
  const a = Array.from({ length: 30_000 }, () => vocab[Math.floor(rnd() * vocab.length)] ?? "w");
  const promo = Array.from({ length: 400 }, (_, i) => `promo${i % 50}`);
  const b = [...promo, ...a.filter(() => rnd() > 0.03).map((w) => (rnd() < 0.03 ? w.slice(0, -1) + "q" : w))];
  return { a, b, promo };
}
