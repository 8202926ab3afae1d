// Merge benchmark, run by scripts/bench.mjs; prints one JSON line. The episodes come from the
// merge tests' generator (tests/merge/helpers/synthetic), the one the one-hour test uses too.
//  - merge time per episode (median) at 2.4k, 9.6k (one hour) and 38.4k words, and its growth;
//  - the word alignment alone on 30k tokens behind a 400-token promo.
import { alignTokens } from "../../lib/merge/align-words";
import { mergeEpisode, type MergeSource } from "../../lib/merge/merge-episode";
import { src } from "../../tests/merge/helpers/episode-utils";
import { prng, randomTurns, synthesize } from "../../tests/merge/helpers/synthetic";

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

function medianMs(runs: (() => void)[]): number {
  const times = runs.map((run) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[times.length >> 1] ?? NaN;
}

const merges = (inputs: MergeSource[][]) => inputs.map((sources) => () => void mergeEpisode({ slug: "bench", sources }));
const small = [7, 8, 9, 10, 11].map((s) => episode(s, 2400));
const hour = [2, 3, 4, 5, 6].map((s) => episode(s, 9600));
const large = [12, 13, 14].map((s) => episode(s, 38_400));
medianMs(merges([...small, ...hour])); // warm up the JIT
const smallMs = medianMs(merges(small));
const hourMs = medianMs(merges(hour));
const largeMs = medianMs(merges(large));

// Word alignment: 30k tokens of a 3000-word vocabulary against the same with 3 % dropped,
// 3 % misspelt and a 400-token promo in front.
const rnd = prng(7);
const letters = "abcdefghijklmnopqrstuvwxyz";
const vocab = Array.from({ length: 3000 }, () =>
  Array.from({ length: 5 + Math.floor(rnd() * 4) }, () => letters[Math.floor(rnd() * 26)]).join(""),
);
const a = Array.from({ length: 30_000 }, () => vocab[Math.floor(rnd() * vocab.length)] ?? "w");
const promo = Array.from({ length: 400 }, (_, i) => `promo${i % 50}`);
const b = [...promo, ...a.filter(() => rnd() > 0.03).map((w) => (rnd() < 0.03 ? w.slice(0, -1) + "q" : w))];
const alignMs = medianMs([0, 1, 2].map(() => () => void alignTokens(a, b)));

console.log(JSON.stringify({ smallMs, hourMs, largeMs, growth: largeMs / Math.max(smallMs, 1), alignMs }));
