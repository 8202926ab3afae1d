// Build benchmark, run by scripts/bench.mjs in its own process so peak memory is its own.
// Usage: tsx scripts/bench/bench-build.ts seeds (generated libraries: scale-content.mjs)
import { buildAll } from "../../lib/cli/build-all";

const silent = { progress: () => {}, issue: (i: unknown) => console.error(i) };

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

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
