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

/*
 * Chrome's own features, RenderDocument among them. Lighthouse's launcher (chrome-launcher 1.2.1
 * on) turns RenderDocument off with a --disable-features list of its own, for Lighthouse's CI
 * (GoogleChrome/lighthouse#16696; Puppeteer has since stopped doing so, puppeteer#14745). With
 * it off, this Chromium (156) held a navigation's first frame 1–2 s past the load event: on the
 * three-hour page the observed first paint came at 1,239–2,436 ms in four runs, with the main
 * thread idle from 0.7 s on, against 230–400 ms in Playwright's Chromium and 270–470 here with
 * it on. Lighthouse's simulation then counted the framework's scripts, which the page loads after
 * its first frame (scripts/serve.mjs), before the largest paint: LCP 3.1–3.6 s, scores 73–84;
 * with it on, 1.5–1.9 s and 85–89. Chrome reads the last --disable-features of a command line,
 * so this one, the launcher's list without RenderDocument, replaces it and keeps the rest off.
 */
const LAUNCHER_DISABLED_FEATURES = [
  "Translate",
  "OptimizationHints",
  "MediaRouter",
  "DialMediaRouteProvider",
  "CalculateNativeWinOcclusion",
  "InterestFeedContentSuggestions",
  "CertificateTransparencyComponentUpdater",
  "AutofillServerCommunication",
  "PrivacySandboxSettings4",
];
const CHROME_FLAGS = [
  "--headless=new",
  ...CHROMIUM_FLAGS,
  `--disable-features=${LAUNCHER_DISABLED_FEATURES.join(",")}`,
].join(" ");

/**
 * Runs Lighthouse (mobile, simulated throttling) on `url` for `categories` in Debian's Chromium
 * (or `CHROME_PATH`) and returns its JSON report.
 */
export async function runLighthouse(url, categories, { timeoutMs = 220_000, cpuSlowdownMultiplier } = {}) {
  // A folder of its own for the report, removed once it is read: each report is ~0.8 MB, and
  // every run of the tests and the bench used to leave one in the temporary folder.
  const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
  const out = path.join(dir, "report.json");
  const args = [`--only-categories=${categories.join(",")}`, "--output=json", `--output-path=${out}`];
  if (cpuSlowdownMultiplier !== undefined)
    args.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdownMultiplier}`);
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

/**
 * The audits of a report that count towards a category's score and did not pass, as
 * "category: title", each followed by the elements it names (up to FAILING_NODES_SHOWN, as
 * "selector `snippet`: explanation"). The elements are what makes a failure readable after
 * the run: a CI run once failed on touch targets with the title alone, and neither the report
 * nor the page state was kept.
 */
export function failingAudits(report) {
  return Object.entries(report.categories).flatMap(([name, category]) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) =>
        [`${name}: ${report.audits[ref.id]?.title}`, ...failingNodes(report.audits[ref.id])].join("\n  "),
      ),
  );
}

const FAILING_NODES_SHOWN = 5;

/** The elements an audit's details name, one line each, and how many more there are. */
function failingNodes(audit) {
  const nodes = (audit?.details?.items ?? []).flatMap((item) => (item.node ? [item.node] : []));
  const lines = nodes.slice(0, FAILING_NODES_SHOWN).map((node) => {
    const explanation = (node.explanation ?? "").replace(/\s+/g, " ").trim();
    return `${node.selector ?? "?"} \`${node.snippet ?? ""}\`${explanation ? `: ${explanation}` : ""}`;
  });
  if (nodes.length > FAILING_NODES_SHOWN) lines.push(`and ${nodes.length - FAILING_NODES_SHOWN} more`);
  return lines;
}

/** Lighthouse's CPU slowdown for mobile, made for a host of benchmarkIndex ~1,500 (a fast desktop). */
export const DEFAULT_CPU_SLOWDOWN = 4;

/*
 * The CPU slowdown that emulates the same phone on this host. Lighthouse's 4× assumes a fast
 * desktop; on a slower host it emulates a slower phone, and Lighthouse says so in the report
 * ("The tested device appears to have a slower CPU than Lighthouse expects", below a
 * benchmarkIndex of 1,000). Its documentation (docs/throttling.md, "Calibrating the CPU
 * slowdown") gives the multiplier by benchmarkIndex through the calculator it links
 * (lighthouse-cpu-throttling-calculator): 1× at 150, 2× at 800, 3× at 1,300, 4× at 1,533,
 * straight lines between. Never more than the default: a fast host is measured as before.
 * This machine measured 713 one day (1.87×), and the three-hour page scored 65 at 4×.
 */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_CPU_SLOWDOWN;
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + Math.max(0, benchmarkIndex - 150) / 650;
  return Math.round(Math.min(DEFAULT_CPU_SLOWDOWN, multiplier) * 100) / 100;
}

/**
 * Performance as the median of `runs` runs (one run swings by several points on a 2-core
 * machine; Lighthouse's own advice is the median): score 0–100, LCP and TBT (ms), CLS, with
 * the host's benchmarkIndex and the CPU slowdown applied (cpuSlowdownFor). A first run at the
 * default slowdown measures the host; it counts as one of the runs when the default stands.
 */
export async function measurePerformance(url, runs = 3) {
  const probe = await runLighthouse(url, ["performance"]);
  const atDefault = performanceOf(probe);
  const benchmarkIndex = probe.environment?.benchmarkIndex ?? NaN;
  const cpuSlowdownMultiplier = cpuSlowdownFor(benchmarkIndex);
  const calibrated = cpuSlowdownMultiplier !== DEFAULT_CPU_SLOWDOWN;
  const results = calibrated ? [] : [atDefault];
  while (results.length < runs)
    results.push(
      performanceOf(await runLighthouse(url, ["performance"], calibrated ? { cpuSlowdownMultiplier } : {})),
    );
  const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return {
    runs,
    score: median("score"),
    lcpMs: median("lcpMs"),
    tbtMs: median("tbtMs"),
    cls: median("cls"),
    benchmarkIndex,
    cpuSlowdownMultiplier,
    defaultScore: atDefault.score,
  };
}

/**
 * The bench's rows on how a page was measured (measurePerformance): the host's benchmarkIndex,
 * the CPU slowdown applied, and the score at Lighthouse's default slowdown (its first run), so a
 * score from a slow host can be read beside the default's.
 */
export function rowLighthouseHost(row, area, what, lh) {
  row(area, `${what}, Lighthouse host benchmarkIndex (slow below 1000)`, Math.round(lh.benchmarkIndex), "");
  row(area, `${what}, Lighthouse CPU slowdown applied (default 4)`, lh.cpuSlowdownMultiplier, "×");
  if (lh.cpuSlowdownMultiplier !== DEFAULT_CPU_SLOWDOWN)
    row(area, `${what}, Lighthouse performance at the default 4× (one run)`, lh.defaultScore, "");
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
