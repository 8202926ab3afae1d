// Scale bench, library search part (issue 16): the embedded index as a user keeps it (through
// the CLI: `episodes index`, cold and with one episode changed), the query mix on it, and the same
// mix on a throwaway PostgreSQL server.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { baseEnv, stage } from "../lib/run.mjs";
import { runMeasured } from "./process-tree.mjs";
import { measure } from "./run-tsx.mjs";

const root = new URL("../../", import.meta.url).pathname;
const SEEDS = path.join(root, "content/sources");
const ADDED_TURN = "\nAda Lovelace: The bench added this sentence to change one episode for the search index.";

function cli(library, args, label) {
  stage(`scale ${library.size}: ${label}`);
  return runMeasured("node", ["bin/episodes.mjs", ...args, "--out", library.out, "--quiet"], { cwd: root, env: baseEnv });
}

/** `episodes build --no-index` (untimed), then `episodes index` (timed): the index's own share. */
async function rebuildThenIndex(library, label) {
  const sources = ["--sources", library.sources, "--sources", SEEDS];
  const built = await cli(library, ["build", ...sources, "--no-index"], `${label}: model`);
  if (built.code !== 0) console.error(built.stderr);
  return cli(library, ["index"], `${label}: episodes index`);
}

function queryRows(row, n, where, result, goalMs) {
  row(`scale ${n}`, `library search ${where}, query median`, result.queryMs.median, "ms");
  row(`scale ${n}`, `library search ${where}, query p95`, result.queryMs.p95, "ms", `≤ ${goalMs} ms`, result.queryMs.p95 <= goalMs);
  // The p95 of the mix is its few slowest samples: which queries they were changes from run to run.
  const slowest = Object.entries(result.slowestMedianMs).map(([query, ms]) => `${query} ${ms}`);
  console.log(`  slowest queries of the mix (median ms of 3): ${slowest.join(", ")}`);
}

/** The search rows of one library size; the embedded index is left in place for the site part. */
export async function benchSearch(library, row, { port }) {
  const n = library.size;
  const s = (r) => r.ms / 1000;
  const current = () => readFileSync(path.join(library.out, ".search-db", "CURRENT"), "utf8").trim();
  rmSync(path.join(library.out, ".search-db"), { recursive: true, force: true });
  const cold = await cli(library, ["index"], "search index, cold (episodes index, embedded)");
  if (cold.code !== 0) console.error(cold.stderr);
  row(`scale ${n}`, "search index, cold (embedded, episodes index)", s(cold), "s", "≤ 60 s", cold.code === 0 && s(cold) <= 60);
  row(`scale ${n}`, "search index, cold, peak memory (PSS)", cold.peakMiB, "MiB");

  const edited = path.join(library.sources, "synthetic-000", "transcript.txt");
  const original = readFileSync(edited, "utf8");
  writeFileSync(edited, original + ADDED_TURN);
  const changed = await rebuildThenIndex(library, "search index, one episode changed");
  writeFileSync(edited, original);
  const back = await rebuildThenIndex(library, "search index, the same episode changed back");
  const oneChanged = Math.max(s(changed), s(back));
  row(`scale ${n}`, "search index, one episode changed (slower of 2)", oneChanged, "s", "≤ 2 s", oneChanged <= 2);

  const dir = path.join(library.out, ".search-db", current());
  const embedded = measure(`scale ${n}: library search queries, embedded`, "scripts/bench/bench-library-search.ts", ["--queries-only", dir]);
  queryRows(row, n, "embedded (PGlite)", embedded, 20);
  const typo = (embedded.typoTop5.found / embedded.typoTop5.of) * 100;
  const common = embedded.commonWord;
  row(`scale ${n}`, `library search embedded, \`${common.query}\` alone (${common.hits} hits; outside the mix)`, common.medianMs, "ms");
  row(`scale ${n}`, `typo queries with the target in the top 5 (of ${embedded.typoTop5.of})`, typo, "%", "≥ 90 %", typo >= 90);

  const server = measure(`scale ${n}: library search on a PostgreSQL server (index + queries)`, "scripts/bench/bench-library-search.ts", [
    library.out,
    "postgres",
    String(port),
  ]);
  row(`scale ${n}`, "search index, cold (PostgreSQL server)", server.indexMs / 1000, "s");
  queryRows(row, n, "PostgreSQL server", server, 10);
}

/** The static copy's search (Pagefind in Chromium) over the library's model, no site build needed. */
export function benchStaticSearchScale(library, row, { port }) {
  const n = library.size;
  const result = measure(`scale ${n}: static copy's search (Pagefind index of the model, then Chromium)`, "scripts/bench/bench-static-search.ts", [
    "--episodes",
    library.out,
  ], { BENCH_PORT: String(port) });
  row(`scale ${n}`, "static search index, build", result.index.seconds, "s");
  row(`scale ${n}`, "static search index, size", result.index.bytes / 1e6, "MB");
  // The figures below move with the browser (see StaticSearchStats.browser): its major version.
  row(`scale ${n}`, `static search, browser (${result.browser})`, Number(result.browser.split(" ")[1]?.split(".")[0]), "");
  row(`scale ${n}`, "static search, first query median", result.queryMs.median, "ms", "≤ 100 ms", result.queryMs.median <= 100);
  row(`scale ${n}`, "static search, first query p95", result.queryMs.p95, "ms", "≤ 500 ms", result.queryMs.p95 <= 500);
  // No goal: what the copy's /search answers in its page after its first search (answerSearchForm).
  row(`scale ${n}`, "static search, next query on the page, median", result.nextQueryMs.median, "ms");
  row(`scale ${n}`, "static search, next query on the page, p95", result.nextQueryMs.p95, "ms");
  row(`scale ${n}`, "static search, KB fetched per query (median)", result.queryKB.median, "KB", "≤ 50 KB", result.queryKB.median <= 50);
}
