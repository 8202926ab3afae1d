// Lighthouse for the end-to-end tests (accessibility, best practices, SEO) and `npm run bench`
// (performance): one way to run it, so both judge the same pages with the same browser flags.
// It runs from the npm registry through npx (as a dependency it breaks the lockfile).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_FLAGS } from "./chromium-flags.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS].join(" ");

/**
 * Runs Lighthouse (mobile, simulated throttling) on `url` for `categories` in Debian's Chromium
 * (or `CHROME_PATH`) and returns its JSON report.
 */
export async function runLighthouse(url, categories, { timeoutMs = 220_000 } = {}) {
  // A folder of its own for the report, removed once it is read: each report is ~0.8 MB, and
  // every run of the tests and the bench used to leave one in the temporary folder.
  const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
  const out = path.join(dir, "report.json");
  const args = [`--only-categories=${categories.join(",")}`, "--output=json", `--output-path=${out}`];
  try {
    await promisify(execFile)(
      "npx",
      ["-y", LIGHTHOUSE, url, ...args, "--quiet", `--chrome-flags=${CHROME_FLAGS}`],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" },
        timeout: timeoutMs,
      },
    );
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The audits of a report that count towards a category's score and did not pass, as "category: title". */
export function failingAudits(report) {
  return Object.entries(report.categories).flatMap(([name, category]) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${name}: ${report.audits[ref.id]?.title}`),
  );
}

/**
 * Performance as the median of `runs` runs (one run swings by several points on a 2-core
 * machine; Lighthouse's own advice is the median): score 0–100, LCP and TBT (ms), CLS.
 */
export async function measurePerformance(url, runs = 3) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(performanceOf(await runLighthouse(url, ["performance"])));
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { runs, score: median("score"), lcpMs: median("lcpMs"), tbtMs: median("tbtMs"), cls: median("cls") };
}

function performanceOf(report) {
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    lcpMs: audit("largest-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  };
}
