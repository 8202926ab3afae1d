// `npm run bench`: measures every figure the issues name, prints one table with the goal beside
// each, and writes the same to bench/results.json (ignored by git) for comparing runs.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { baseEnv, bin, stage } from "./lib/run.mjs";
import { ensureSiteBuilt, startServer, waitForServer } from "./lib/site.mjs";
import { measureLighthouse, measureLoad } from "./bench/external-tools.mjs";
import { KEY_PAGES } from "./lib/key-pages.mjs";
import { aptInstall } from "./lib/apt-install.mjs";

const root = new URL("../", import.meta.url).pathname;
const rows = [];

function measure(label, script, args) {
  stage(label);
  // lib/content is marked server-only; the hook resolves it as Next's server does (see the file).
  const result = spawnSync(bin("tsx"), ["--import", "./bin/server-only-condition.mjs", script, ...args], {
    cwd: root,
    env: baseEnv,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    throw new Error(`${label} failed`);
  }
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

/** Size of a page's HTML as served (KB), and gzipped. */
async function measureHtml(url) {
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  return { kb: body.length / 1024, gzipKB: gzipSync(body, { level: 6 }).length / 1024 };
}

/** Serves `url`'s body from scripts/bench/bare-server.mjs on `port` and loads it like the pages. */
async function measureBareLoad(url, port, tool) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bare-")), "body");
  writeFileSync(file, Buffer.from(await (await fetch(url)).arrayBuffer()));
  const bare = spawn("node", [`${root}scripts/bench/bare-server.mjs`, file, String(port)], {
    stdio: "ignore",
  });
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
    return measureLoad(`http://127.0.0.1:${port}/`, { tool });
  } finally {
    bare.kill();
  }
}

function row(area, figure, value, unit, goal, pass) {
  rows.push({ area, figure, value: Number(value.toFixed(2)), unit, goal, pass });
}

await ensureDeps();
// wrk (C) loads the server with a fraction of a core; autocannon (JS) needs about one itself,
// which on a 2-core machine halves what the server can show. Debian's wrk when we can have it.
const loadTool = (await aptInstall("wrk", "/usr/bin/wrk")) ? "wrk" : "autocannon";

const seeds = measure("build: seed episodes (9 runs)", "scripts/bench/bench-build.ts", ["seeds"]);
row("build", "seeds build, median", seeds.ms.median, "ms", "< 1000 ms", seeds.ms.median < 1000);
row("build", "seeds build, p95", seeds.ms.p95, "ms", "< 1000 ms", seeds.ms.p95 < 1000);

const sizes = [50, 100, 200];
const synthetic = sizes.map((n) =>
  measure(`build: ${n} generated one-hour episodes`, "scripts/bench/bench-build.ts", [
    "synthetic",
    String(n),
  ]),
);
for (const s of synthetic)
  row(
    "build",
    `${s.episodes} one-hour episodes (${s.words} words)`,
    s.ms,
    "ms",
    s.episodes === 200 ? "< 30000 ms" : "—",
    s.episodes !== 200 || s.ms < 30000,
  );
const big = synthetic.at(-1);
row("build", "200 episodes, peak memory (RSS)", big.maxRssMiB, "MiB", "< 1024 MiB", big.maxRssMiB < 1024);
const growth = big.perEpisodeMs / synthetic[0].perEpisodeMs;
row("build", "time per episode at 200 ÷ at 50 (1 = linear)", growth, "×", "≈ 1 (≤ 1.3)", growth <= 1.3);
if (synthetic.some((s) => s.failed))
  row(
    "build",
    "generated episodes that failed",
    synthetic.reduce((a, s) => a + s.failed, 0),
    "",
    "0",
    false,
  );

const search = measure("search: episode A, generated episodes", "scripts/bench/bench-search.ts", ["200"]);
const keys = search.episode.keystrokeMs;
const lib = search.library;
row("search", "episode A, per keystroke, median", keys.median, "ms", "—", undefined);
row("search", "episode A, per keystroke, p95", keys.p95, "ms", "≤ 4 ms", keys.p95 <= 4);
row("search", "episode A index, serialised", search.episode.indexKB, "KB", "—", undefined);
row("search", "episode A index, gzip", search.episode.indexGzipKB, "KB", "—", undefined);
row("search", `${lib.episodes} episodes, per query, median`, lib.queryMs.median, "ms", "—", undefined);
const libP95 = lib.queryMs.p95;
row("search", `${lib.episodes} episodes, per query, p95`, libP95, "ms", "≤ 50 ms", libP95 <= 50);
row("search", `${lib.episodes} episodes, index build (once)`, lib.buildMs, "ms", "—", undefined);

await ensureSiteBuilt();
const port = Number(process.env.BENCH_PORT ?? 3200);
const server = startServer(port, { stdio: "ignore" });
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const pageFigures = measure(
    "page: JS size and 60 s of simulated playback (Chromium)",
    "scripts/bench/bench-page.ts",
    [`http://127.0.0.1:${port}`],
  );
  row(
    "page",
    "episode A JS, page-specific (gzip)",
    pageFigures.jsPageSpecificGzipKB,
    "KB",
    "≤ 40 KB",
    pageFigures.jsPageSpecificGzipKB <= 40,
  );
  row("page", "episode A JS, total incl. framework (gzip)", pageFigures.jsTotalGzipKB, "KB", "—", undefined);
  row(
    "page",
    "longest task during playback (0 = none ≥ 50 ms)",
    pageFigures.longestTaskMs,
    "ms",
    "< 50 ms",
    pageFigures.longestTaskMs < 50,
  );
  row("page", "long tasks during playback", pageFigures.longTasks, "", "0", pageFigures.longTasks === 0);

  const html = await measureHtml(`http://127.0.0.1:${port}/episodes/hugging-face-watsonx`);
  row("page", "episode A HTML (transcript and React payload)", html.kb, "KB", "≤ 256 KB", html.kb <= 256);
  row("page", "episode A HTML, gzip", html.gzipKB, "KB", "—", undefined);

  for (const pagePath of KEY_PAGES) {
    stage(`Lighthouse performance (mobile, median of 3 runs): ${pagePath}`);
    const lh = measureLighthouse(`http://127.0.0.1:${port}${pagePath}`);
    row("lighthouse", `${pagePath} performance score`, lh.score, "", "100", lh.score === 100);
    row("lighthouse", `${pagePath} LCP`, lh.lcpMs, "ms", "≤ 2500 ms", lh.lcpMs <= 2500);
    row("lighthouse", `${pagePath} TBT`, lh.tbtMs, "ms", "≤ 200 ms", lh.tbtMs <= 200);
    row("lighthouse", `${pagePath} CLS`, lh.cls, "", "≤ 0.1", lh.cls <= 0.1);
  }

  const targets = [
    ["home page", "/", true],
    ["episode A", "/episodes/hugging-face-watsonx", true],
    ["search", "/search?q=open+source+models", false],
    ["export (VTT)", "/episodes/hugging-face-watsonx/transcript.vtt", true],
  ];
  for (const [label, target, prerendered] of targets) {
    stage(`load: ${label}, 20 s at 50 connections (${loadTool})`);
    const load = measureLoad(`http://127.0.0.1:${port}${target}`, { tool: loadTool });
    row(
      "load",
      `${label}: requests/s (${loadTool})`,
      load.requestsPerSecond,
      "req/s",
      prerendered ? "≥ 2000" : "—",
      prerendered ? load.requestsPerSecond >= 2000 : undefined,
    );
    row("load", `${label}: p99 latency`, load.p99Ms, "ms", "—", undefined);
    row("load", `${label}: errors`, load.errors, "", "0", load.errors === 0);
  }

  // The same bytes from a bare Node server: how much of the figure above is the generator's limit.
  stage("load: episode A's bytes from a bare Node server (reference), 20 s at 50 connections");
  const bare = await measureBareLoad(
    `http://127.0.0.1:${port}/episodes/hugging-face-watsonx`,
    port + 1,
    loadTool,
  );
  row(
    "load",
    `episode A bytes, bare Node server: requests/s (${loadTool})`,
    bare.requestsPerSecond,
    "req/s",
    "—",
    undefined,
  );
} finally {
  server.stop();
}

const width = (key) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const columns = ["area", "figure", "value", "unit", "goal"];
const line = (r) =>
  columns.map((c) => String(r[c]).padEnd(width(c))).join("  ") +
  "  " +
  (r.pass === undefined ? "" : r.pass ? "ok" : "MISSED");
console.log("\n" + line(Object.fromEntries(columns.map((c) => [c, c]))));
for (const r of rows) console.log(line(r));
mkdirSync(`${root}bench`, { recursive: true });
writeFileSync(
  `${root}bench/results.json`,
  JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + "\n",
);
console.log("\nwritten: bench/results.json");
