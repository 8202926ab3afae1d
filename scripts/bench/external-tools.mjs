// Load (wrk from Debian, else autocannon through npx) and Lighthouse (through npx) for `npm run
// bench`: nothing here enters the lockfile. Each returns plain figures.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM_FLAGS } from "../lib/chromium-flags.mjs";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

/** Milliseconds from a wrk duration such as `870.00us`, `54.78ms` or `1.16s`. */
function wrkMs(text) {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? "");
  if (!m) return NaN;
  return Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2]];
}

/**
 * 20 s at 50 connections on loopback: requests per second, p99 latency (ms), errors (socket
 * errors, requests unanswered after 10 s and non-2xx answers). `tool` is "wrk" (C, one thread: it leaves the other core
 * to the server, so the figure is the server's) or "autocannon" (JS, when wrk cannot be had: it
 * needs about a core itself, so figures are lower).
 */
export function measureLoad(url, { tool = "wrk", seconds = 20, connections = 50 } = {}) {
  if (tool === "wrk") {
    // wrk gives up on a request after 2 s by default; 10 s is autocannon's, so both tools count
    // the same requests as errors (slower ones still show in the p99).
    const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", url];
    const result = spawnSync("wrk", args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`wrk failed for ${url}: ${result.stderr}`);
    const out = result.stdout;
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
    return {
      requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
      p99Ms: wrkMs(/\s99%\s+(\S+)/.exec(out)?.[1]),
      errors: (socket ? socket.slice(1).reduce((n, v) => n + Number(v), 0) : 0) + non2xx,
    };
  }
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
