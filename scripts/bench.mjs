// `npm run bench`: measures every figure the issues name, prints one table with the goal beside
// each, and writes the same to bench/results.json (ignored by git) for comparing runs.
//   --only seeds|scale   one part (default: both)
//   --sizes 200,1000     library sizes of the scale part (default: 200,1000)
//   --skip search,static,site,lighthouse,start   leave out parts of the scale bench (content always runs)
import { mkdirSync, writeFileSync } from "node:fs";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { readOptions } from "./bench/read-options.mjs";
import { stage } from "./lib/run.mjs";
import { ensureSiteBuilt, startServer, waitForServer } from "./lib/site.mjs";
import { measureBareLoad, measureHtml, measureLoad } from "./bench/measure-load.mjs";
import { measurePerformance, rowLighthouseHost } from "./lib/lighthouse.mjs";
import { KEY_PAGES } from "./lib/key-pages.mjs";
import { aptInstall } from "./lib/apt-install.mjs";
import { ensureChromium } from "./lib/ensure-chromium.mjs";
import { measure } from "./bench/run-tsx.mjs";
import { benchScale } from "./bench/bench-scale.mjs";

const root = new URL("../", import.meta.url).pathname;
const rows = [];

/** One row of the table; `goal` and `pass` are left out (— and blank) where there is no goal. */
function row(area, figure, value, unit, goal = "—", pass = undefined) {
  rows.push({ area, figure, value: Number(value.toFixed(2)), unit, goal, pass });
  // Also at once: a long run interrupted still shows what it measured.
  const verdict = pass === undefined ? "" : pass ? " ok" : " MISSED";
  console.log(`  = ${figure}: ${value.toFixed(2)} ${unit} (goal ${goal})${verdict}`);
}

function benchBuild() {
  const seeds = measure("build: seed episodes (9 runs)", "scripts/bench/bench-build.ts", ["seeds"]);
  row("build", "seeds build, median", seeds.ms.median, "ms", "< 1000 ms", seeds.ms.median < 1000);
  row("build", "seeds build, p95", seeds.ms.p95, "ms", "< 1000 ms", seeds.ms.p95 < 1000);
}

function benchMerge() {
  const merge = measure(
    "merge: generated episodes of 2.4k, 9.6k and 38.4k words",
    "scripts/bench/bench-merge.ts",
  );
  row("merge", "2.4k words, median", merge.smallMs, "ms");
  row("merge", "9.6k words (one hour), median", merge.hourMs, "ms", "< 150 ms", merge.hourMs < 150);
  row("merge", "38.4k words, median", merge.largeMs, "ms");
  row(
    "merge",
    "time at 16× the words ÷ time at 1× (16 = linear)",
    merge.growth,
    "×",
    "< 48",
    merge.growth < 48,
  );
  row(
    "merge",
    "word alignment, 30k tokens behind a promo",
    merge.alignMs,
    "ms",
    "< 2000 ms",
    merge.alignMs < 2000,
  );
}

function benchFeed() {
  const feed = measure(
    "feed: 1,000 generated items on loopback (add, refresh, refresh after the feed changed)",
    "scripts/bench/bench-feed.ts",
  );
  const [ingest, refresh, changed] = [feed.ingestMs / 1000, feed.refreshMs / 1000, feed.changedFeedMs / 1000];
  row("feed", "feed 1,000 items: first ingest (download + build)", ingest, "s", "≤ 2 min", ingest <= 120);
  row("feed", "feed 1,000 items: refresh, nothing new (304)", refresh, "s", "≤ 5 s", refresh <= 5);
  row("feed", `feed 1,000 items: refresh after the feed changed (${feed.conditional} × 304)`, changed, "s");
}

function benchSearch() {
  const search = measure("search: episode A, per keystroke", "scripts/bench/bench-search.ts");
  const { keystrokeMs, indexKB, indexGzipKB } = search.episode;
  row("search", "episode A, per keystroke, median", keystrokeMs.median, "ms");
  row("search", "episode A, per keystroke, p95", keystrokeMs.p95, "ms", "≤ 4 ms", keystrokeMs.p95 <= 4);
  row("search", "episode A index, serialised", indexKB, "KB");
  row("search", "episode A index, gzip", indexGzipKB, "KB");
}

async function benchPage(base) {
  const page = measure(
    "page: JS size and 60 s of simulated playback (Chromium)",
    "scripts/bench/bench-page.ts",
    [base],
  );
  const js = page.jsPageSpecificGzipKB;
  row("page", "episode A JS, page-specific (gzip)", js, "KB", "≤ 40 KB", js <= 40);
  row("page", "episode A JS, total incl. framework (gzip)", page.jsTotalGzipKB, "KB");
  const longest = page.longestTaskMs;
  row("page", "longest task during playback (0 = none ≥ 50 ms)", longest, "ms", "< 50 ms", longest < 50);
  row("page", "long tasks during playback", page.longTasks, "", "0", page.longTasks === 0);
  const html = await measureHtml(`${base}/episodes/hugging-face-watsonx`);
  row("page", "episode A HTML (transcript and React payload)", html.kb, "KB", "≤ 256 KB", html.kb <= 256);
  row("page", "episode A HTML, gzip", html.gzipKB, "KB");
}

async function benchLighthouse(base) {
  for (const pagePath of KEY_PAGES) {
    stage(`Lighthouse performance (mobile, median of 3 runs): ${pagePath}`);
    const lh = await measurePerformance(`${base}${pagePath}`);
    row("lighthouse", `${pagePath} performance score`, lh.score, "", "100", lh.score === 100);
    row("lighthouse", `${pagePath} LCP`, lh.lcpMs, "ms", "≤ 2500 ms", lh.lcpMs <= 2500);
    row("lighthouse", `${pagePath} TBT`, lh.tbtMs, "ms", "≤ 200 ms", lh.tbtMs <= 200);
    row("lighthouse", `${pagePath} CLS`, lh.cls, "", "≤ 0.1", lh.cls <= 0.1);
    rowLighthouseHost(row, "lighthouse", pagePath, lh);
  }
}

const LOAD_TARGETS = [
  ["home page", "/", true],
  ["episode A", "/episodes/hugging-face-watsonx", true],
  ["search", "/search?q=open+source+models", false],
  ["export (VTT)", "/episodes/hugging-face-watsonx/transcript.vtt", true],
];

async function benchLoad(base, port, tool) {
  for (const [label, target, prerendered] of LOAD_TARGETS) {
    stage(`load: ${label}, 20 s at 50 connections (${tool})`);
    const load = measureLoad(`${base}${target}`, { tool });
    const goal = prerendered ? ["≥ 2000", load.requestsPerSecond >= 2000] : [];
    row("load", `${label}: requests/s (${tool})`, load.requestsPerSecond, "req/s", ...goal);
    row("load", `${label}: p99 latency`, load.p99Ms, "ms");
    row("load", `${label}: errors`, load.errors, "", "0", load.errors === 0);
  }
  // The same bytes from a bare Node server: how much of the figure above is the generator's limit.
  stage("load: episode A's bytes from a bare Node server (reference), 20 s at 50 connections");
  const bare = await measureBareLoad(`${base}/episodes/hugging-face-watsonx`, port + 1, tool);
  row("load", `episode A bytes, bare Node server: requests/s (${tool})`, bare.requestsPerSecond, "req/s");
}

/** Builds the site when stale, serves it, and measures the pages. */
async function benchSite(loadTool) {
  await ensureSiteBuilt();
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, { stdio: "ignore" });
  try {
    await waitForServer(`${base}/`);
    await benchPage(base);
    await benchLighthouse(base);
    await benchLoad(base, port, loadTool);
  } finally {
    server.stop();
  }
}

function printAndWrite() {
  const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
  const columns = ["area", "figure", "value", "unit", "goal"];
  const verdict = (r) => (r.pass === undefined ? "" : r.pass ? "ok" : "MISSED");
  const line = (r) => columns.map((c) => String(r[c]).padEnd(width(c))).join("  ") + "  " + verdict(r);
  console.log("\n" + line(Object.fromEntries(columns.map((c) => [c, c]))));
  for (const r of rows) console.log(line(r));
  mkdirSync(`${root}bench`, { recursive: true });
  const results = JSON.stringify({ date: new Date().toISOString(), rows }, null, 2);
  writeFileSync(`${root}bench/results.json`, results + "\n");
  console.log("\nwritten: bench/results.json");
}

const { only, sizes, skip } = readOptions();
const parts = new Set(
  ["content", "search", "static", "site", "lighthouse", "start"].filter((p) => !skip.has(p)),
);
const port = Number(process.env.BENCH_PORT ?? 3200);

await ensureDeps();
// The browser is found (or installed) before anything is timed: missing, it failed the run only
// when the first page was opened, after the ten minutes of the parts before.
if (only !== "scale" || ["static", "site"].some((part) => parts.has(part)))
  process.env.CHROME_PATH = await ensureChromium();
const started = Date.now();
if (only !== "scale") {
  // wrk (C) loads the server with a fraction of a core; autocannon (JS) needs about one itself,
  // which on a 2-core machine halves what the server can show. Debian's wrk when we can have it.
  const loadTool = (await aptInstall("wrk", "/usr/bin/wrk")) ? "wrk" : "autocannon";
  benchBuild();
  benchMerge();
  benchFeed();
  benchSearch();
  await benchSite(loadTool);
}
if (only !== "seeds") await benchScale(sizes, row, { parts, port: port + 2 });
console.log(`\nbench took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
printAndWrite();
