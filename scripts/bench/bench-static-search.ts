// The static copy's library search (Pagefind in the browser), measured in Chromium: for each query
// of a mix, a fresh browser context (empty cache) loads Pagefind, then runs the query and reads
// the first page of results, as /search does. Prints one JSON line when run directly:
//   tsx scripts/bench/bench-static-search.ts <export dir>
//   tsx scripts/bench/bench-static-search.ts --episodes <built model dir> [--window s] [--limit n] [--chunk l]
//   (indexes the model first, in speech windows of s seconds, its first n episodes, in index
//   chunks of l word locations)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../lib/chromium-flags.mjs";
import { toPagefindQuery } from "../../lib/search/static/pagefind-query";
// Results read per query: the first page of /search.
import { RESULTS_PER_LOAD } from "../../lib/search/static/results-per-load";
import { writePagefindIndex, type PagefindIndexStats } from "../lib/write-pagefind-index";
import { serveCopy } from "./serve-copy";
import { summarizeSamples } from "./summarize-samples";

/** Single words, pairs, phrases and typos, common and rare, of the seeds and the generated vocabulary. */
export const STATIC_QUERIES = [
  "privacy",
  "market",
  "open source community",
  "data privacy and trust",
  "the future of language models",
  "customer engineer scale growth",
  "research problem value history",
  "hugging face",
  "attention is all you need",
  '"open source"',
  "compute hardware cloud partner",
  "modle",
  "acess control polcy",
  "omnipotent AI model",
];

export type Summary = { median: number; p95: number };
export interface StaticSearchStats {
  /** The browser measured: on one index and machine, medians of 56 ms (150), 80 (155), 76 (156). */
  browser: string;
  queries: number;
  /** The query alone, Pagefind already loaded: search + the first page of results' fragments. */
  queryMs: Summary;
  /**
   * The next query of the mix on the same page, after the first: what a search of the copy's
   * /search costs once the page answers its form itself (Pagefind loaded and warm, not reloaded).
   */
  nextQueryMs: Summary;
  /** Bytes the query fetched (index chunks and fragments), Pagefind's own load excluded. */
  queryKB: Summary;
  /** Loading Pagefind (script, worker, WebAssembly, metadata) on a fresh page, until it can search. */
  loadMs: Summary;
  loadKB: Summary;
  /** Results per query (median). */
  results: number;
  /** Each query's median over the rounds: what makes the p95. */
  perQuery: { query: string; ms: number; KB: number; results: number }[];
}

function summarize(samples: number[]): Summary {
  const { median, p95 } = summarizeSamples(samples);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(median), p95: round(p95) };
}

interface Sample {
  loadMs: number;
  loadBytes: number;
  queryMs: number;
  queryBytes: number;
  nextMs: number;
  results: number;
}

// Run in the page, as plain JavaScript in strings: a function would be sent with the helpers tsx
// compiles into it, which the page lacks. Pagefind fetches from a worker, whose requests the
// page's resource timing does not see: bytes are counted from the browser's network events.
const LOAD_IN_PAGE = `(async () => {
  const started = performance.now();
  window.__pagefind = await import("/pagefind/pagefind.js");
  await window.__pagefind.init();
  // An empty search fetches no index chunk but waits until the WebAssembly is ready.
  await window.__pagefind.search("");
  return performance.now() - started;
})()`;
const queryInPage = (query: string) => `(async () => {
  const started = performance.now();
  const search = await window.__pagefind.search(${JSON.stringify(toPagefindQuery(query))});
  await Promise.all(search.results.slice(0, ${RESULTS_PER_LOAD}).map((r) => r.data()));
  return { ms: performance.now() - started, results: search.results.length };
})()`;

/**
 * One query on a fresh page (empty cache): Pagefind's load, then the query, each with its bytes;
 * then the `next` query on the same page.
 */
async function measureQuery(browser: Browser, url: string, query: string, next: string): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    let phase: "load" | "query" | "next" = "load";
    const bytes = { load: 0, query: 0 };
    const sizes: Promise<void>[] = [];
    context.on("requestfinished", (request) => {
      const at = phase;
      // The next query's bytes are not counted: nothing asks the context, which closes after it.
      if (at === "next") return;
      sizes.push(request.sizes().then((size) => void (bytes[at] += size.responseBodySize)));
    });
    const loadMs = (await page.evaluate(LOAD_IN_PAGE)) as number;
    phase = "query";
    const { ms, results } = (await page.evaluate(queryInPage(query))) as { ms: number; results: number };
    await Promise.all(sizes);
    phase = "next";
    const nextMs = ((await page.evaluate(queryInPage(next))) as { ms: number }).ms;
    return { loadMs, loadBytes: bytes.load, queryMs: ms, queryBytes: bytes.query, nextMs, results };
  } finally {
    await context.close();
  }
}

/**
 * The static search of the copy in `exportDir` (its `pagefind/`), measured `rounds` times over
 * `queries`, each on a fresh page with an empty cache.
 */
export async function benchStaticSearch(
  exportDir: string,
  { port = 3415, queries = STATIC_QUERIES, rounds = 3, chromePath = process.env.CHROME_PATH || "/usr/bin/chromium" } = {},
): Promise<StaticSearchStats> {
  if (!existsSync(path.join(exportDir, "pagefind", "pagefind.js")))
    throw new Error(`${exportDir} has no pagefind/pagefind.js: run npm run export first`);
  const server = await serveCopy(path.resolve(exportDir), port);
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  const samples: Sample[] = [];
  const version = browser.version();
  try {
    for (let round = 0; round < rounds; round++)
      for (const [i, query] of queries.entries()) {
        const next = queries[(i + 1) % queries.length] ?? query;
        samples.push(await measureQuery(browser, `http://127.0.0.1:${port}/__bench__`, query, next));
      }
  } finally {
    await browser.close();
    server.close();
  }
  const kb = (n: number) => n / 1024;
  return {
    browser: `Chromium ${version}`,
    queries: samples.length,
    queryMs: summarize(samples.map((s) => s.queryMs)),
    nextQueryMs: summarize(samples.map((s) => s.nextMs)),
    queryKB: summarize(samples.map((s) => kb(s.queryBytes))),
    loadMs: summarize(samples.map((s) => s.loadMs)),
    loadKB: summarize(samples.map((s) => kb(s.loadBytes))),
    results: summarize(samples.map((s) => s.results)).median,
    perQuery: queries.map((query, i) => {
      const mine = samples.filter((_, k) => k % queries.length === i);
      const ms = summarize(mine.map((s) => s.queryMs)).median;
      const KB = summarize(mine.map((s) => kb(s.queryBytes))).median;
      return { query, ms, KB, results: mine[0]?.results ?? 0 };
    }),
  };
}

/** Indexes a built model folder into a throwaway copy and benches it (no site build needed). */
export async function benchStaticSearchOfModel(
  episodesDir: string,
  options: Parameters<typeof benchStaticSearch>[1] & Parameters<typeof writePagefindIndex>[3] = {},
): Promise<StaticSearchStats & { index: PagefindIndexStats }> {
  const dir = mkdtempSync(path.join(tmpdir(), "static-search-bench-"));
  try {
    const index = await writePagefindIndex(episodesDir, path.join(dir, "pagefind"), (done, total) => {
      if (done % 100 === 0 || done === total) process.stderr.write(`  ${done}/${total} episodes indexed\n`);
    }, options);
    return { index, ...(await benchStaticSearch(dir, options)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? Number(args[i + 1]) : undefined;
  };
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  const model = args[args.indexOf("--episodes") + 1];
  const indexing = { windowSeconds: flag("--window"), limit: flag("--limit"), chunkLocations: flag("--chunk") };
  const result =
    args.includes("--episodes") && model
      ? await benchStaticSearchOfModel(model, { port, ...indexing })
      : await benchStaticSearch(args[0] ?? "out", { port });
  console.log(JSON.stringify(result));
}
