// Load (autocannon) and Lighthouse performance runs for `npm run bench`, both through npx so
// neither enters the lockfile. Each returns plain figures.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM_FLAGS } from "../lib/chromium-flags.mjs";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

/** 20 s at 50 connections on loopback: requests per second, p99 latency (ms), errors. */
export function measureLoad(url, { seconds = 20, connections = 50 } = {}) {
  const result = spawnSync("npx", ["-y", "autocannon@8.0.0", "-c", String(connections), "-d", String(seconds), "-j", url], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`autocannon failed for ${url}: ${result.stderr}`);
  const report = JSON.parse(result.stdout);
  return {
    requestsPerSecond: report.requests.average,
    p99Ms: report.latency.p99,
    errors: report.errors + report.timeouts + report.non2xx,
  };
}

/**
 * Lighthouse (mobile, simulated throttling) performance, as the median of `runs` runs (one run
 * swings by several points on a 2-core machine; Lighthouse's own advice is the median):
 * score 0–100, LCP and TBT (ms), CLS.
 */
export function measureLighthouse(url, runs = 3) {
  const results = Array.from({ length: runs }, () => measureLighthouseOnce(url));
  const median = (key) => {
    const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return { runs, score: median("score"), lcpMs: median("lcpMs"), tbtMs: median("tbtMs"), cls: median("cls") };
}

function measureLighthouseOnce(url) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "lh-")), "report.json");
  const result = spawnSync(
    "npx",
    ["-y", "lighthouse@12.8.2", url, "--only-categories=performance", "--output=json", `--output-path=${out}`, "--quiet", `--chrome-flags=${CHROME_FLAGS}`],
    { encoding: "utf8", env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" } },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}: ${result.stderr}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}
