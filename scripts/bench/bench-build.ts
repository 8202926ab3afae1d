// Build benchmark, run by scripts/bench.mjs in its own process so peak memory is its own.
// Usage: tsx scripts/bench/bench-build.ts seeds (generated libraries: scale-content.mjs)
import { buildAll } from "../../lib/cli/build-all";
import { summarizeSamples } from "./summarize-samples";

const summarize = (samples: number[]) => {
  const { median, p95 } = summarizeSamples(samples);
  return { median, p95, runs: samples.length };
};

const silent = { progress: () => {}, issue: (i: unknown) => console.error(i) };


const [mode] = process.argv.slice(2);
if (mode === "seeds") {
  const samples: number[] = [];
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    const result = buildAll(["content/sources"], silent, () => {});
    samples.push(performance.now() - started);
    if (result.failed.length) throw new Error(`seed build failed: ${result.failed.join(", ")}`);
  }
  console.log(JSON.stringify({ ms: summarize(samples), maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
} else {
  console.error("usage: bench-build.ts seeds");
  process.exit(2);
}
