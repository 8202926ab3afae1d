// Merge benchmark, run by scripts/bench.mjs; prints one JSON line. The episodes come from the
// merge tests' inputs (tests/merge/helpers/synthetic-sources), which the tests check.
//  - merge time per episode (median) at 2.4k, 9.6k (one hour) and 38.4k words, and its growth;
//  - the word alignment alone on 30k tokens behind a 400-token promo.
import { alignTokens } from "../../lib/merge/align/align-tokens";
import { mergeEpisode, type MergeSource } from "../../lib/merge/merge-episode";
import { alignmentPair, syntheticSources } from "../../tests/merge/helpers/synthetic-sources";

function medianMs(runs: (() => void)[]): number {
  const times = runs.map((run) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[times.length >> 1] ?? NaN;
}

const merges = (inputs: MergeSource[][]) => inputs.map((sources) => () => void mergeEpisode({ slug: "bench", sources }));
const small = [7, 8, 9, 10, 11].map((s) => syntheticSources(s, 2400));
const hour = [2, 3, 4, 5, 6].map((s) => syntheticSources(s, 9600));
const large = [12, 13, 14].map((s) => syntheticSources(s, 38_400));
medianMs(merges([...small, ...hour])); // warm up the JIT
const smallMs = medianMs(merges(small));
const hourMs = medianMs(merges(hour));
const largeMs = medianMs(merges(large));

// Word alignment: 30k tokens against the same with 3 % dropped, 3 % misspelt and a promo in front.
const { a, b } = alignmentPair(7);
const alignMs = medianMs([0, 1, 2].map(() => () => void alignTokens(a, b)));

console.log(JSON.stringify({ smallMs, hourMs, largeMs, growth: largeMs / Math.max(smallMs, 1), alignMs }));
