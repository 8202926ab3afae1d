// Library search bench (issue 16): index a built library into PGlite (data dir on disk) or a
// throwaway PostgreSQL server, then time the query mix. Prints one JSON line.
// Usage: tsx scripts/bench/bench-library-search.ts <episodes dir> [pglite|postgres] [port (else a free one)]
//        tsx scripts/bench/bench-library-search.ts --queries-only <PGlite folder>
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { episodeSchema, type Episode } from "../../lib/model/episode-schema";
import { createLibrarySearch } from "../../lib/search/engine/create-library-search";
import { indexEpisodes } from "../../lib/search/engine/index-episodes";
import { createPgClient } from "../../lib/search/engine/pg-client";
import { createPgliteClient } from "../../lib/search/engine/pglite-client";
import { createPgliteWorkerClient } from "../../lib/search/engine/pglite-worker-client";
import { ensureSearchSchema } from "../../lib/search/engine/search-schema";
import type { SqlClient } from "../../lib/search/engine/sql-client";
import { COMPILED_CLI_ENV, compiledCli } from "../../bin/compiled-cli.mjs";
import { startPostgres } from "../lib/postgres.mjs";
import { treeMemoryBytes } from "./process-tree.mjs";
import * as mix from "./library-search-queries";
import { summarizeSamples as summarize } from "./summarize-samples";

export type BenchEngine = "pglite" | "postgres";
const SEEDS = ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"];


const readEpisode = (file: string): Episode => episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));

async function openEngine(engine: BenchEngine, port: number | undefined) {
  if (engine === "pglite") {
    // BENCH_PGLITE_DIR keeps the database for a look afterwards (it must not exist yet).
    const kept = process.env.BENCH_PGLITE_DIR;
    const dir = kept || mkdtempSync(path.join(tmpdir(), "episodes-pglite-bench-"));
    const client = await createPgliteClient(dir);
    return { client, serverBytes: () => 0, stop: () => kept || rmSync(dir, { recursive: true, force: true }) };
  }
  const server = await startPostgres(port === undefined ? {} : { port });
  const pid = Number(readFileSync(path.join(server.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return { client: createPgClient(server.url), serverBytes: () => treeMemoryBytes(pid), stop: server.stop };
}

/** Cold index of every file in batches: index time apart from the time spent reading JSON. */
async function indexCold(client: SqlClient, files: string[]) {
  let readMs = 0;
  let documents = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  function* read() {
    for (const file of files) {
      const t = performance.now();
      const episode = readEpisode(file);
      readMs += performance.now() - t;
      yield episode;
    }
  }
  documents += (await indexEpisodes(client, { upsert: read(), count: files.length, remove: [] })).documents;
  const { user, system } = process.cpuUsage(cpu);
  // CPU time of this process (PGlite runs in it): steadier than wall time on a shared machine.
  return { indexMs: performance.now() - started - readMs, readMs, indexCpuMs: (user + system) / 1000, documents };
}

/** One episode changed (its title), then changed back: the slower of the two. */
async function indexOneChanged(client: SqlClient, file: string) {
  const episode = readEpisode(file);
  const times: number[] = [];
  for (const version of [{ ...episode, title: `${episode.title} (edited)` }, episode]) {
    const started = performance.now();
    const report = await indexEpisodes(client, { upsert: [version], remove: [] });
    times.push(performance.now() - started);
    if (report.indexed.length !== 1) throw new Error("the changed episode was not indexed again");
  }
  return Math.max(...times);
}

/** Outside the mix, the worst case: a word in a third of all sentences (median of 3, and its hits). */
async function timeCommonWord(search: ReturnType<typeof createLibrarySearch>) {
  const ms: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    hits = (await search.search({ text: mix.COMMON_WORD, sort: "relevance", page: 1 })).total;
    ms.push(performance.now() - started);
  }
  return { query: mix.COMMON_WORD, medianMs: summarize(ms).median, hits };
}

async function timeQueries(client: SqlClient, seeds: Episode[]) {
  const search = createLibrarySearch(client);
  const texts = [...mix.WORD_QUERIES, ...mix.PHRASE_QUERIES, ...mix.TYPO_QUERIES, ...mix.PREFIX_QUERIES];
  const run = (text: string, i: number) =>
    search.search({ text, sort: "relevance", page: 1, ...(i % 6 === 5 ? { speaker: "Ada Lovelace" } : {}) });
  for (const [i, text] of texts.entries()) await run(text, i); // warm-up
  const samples: number[] = [];
  const byQuery = new Map<string, number[]>();
  for (let round = 0; round < 3; round++)
    for (const [i, text] of texts.entries()) {
      const started = performance.now();
      await run(text, i);
      samples.push(performance.now() - started);
      byQuery.set(text, [...(byQuery.get(text) ?? []), performance.now() - started]);
    }
  const slowest = [...byQuery]
    .map(([text, ms]) => [text, Math.round(summarize(ms).median)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  const targets = mix.typoTargets(seeds);
  let found = 0;
  for (const target of targets) {
    const result = await search.search({ text: target.query, sort: "relevance", page: 1 });
    const top = result.episodes.flatMap((e) => e.hits.map((h) => `${e.slug}#${h.id}`)).slice(0, 5);
    if (top.includes(`${target.slug}#${target.id}`)) found++;
  }
  return {
    queryMs: summarize(samples),
    slowestMedianMs: Object.fromEntries(slowest),
    typoTop5: { found, of: targets.length },
    commonWord: await timeCommonWord(search),
  };
}

/** The whole bench on one engine; `episodesDir` is a built model folder (bench/library-N/episodes). */
export async function benchLibrarySearch(episodesDir: string, engine: BenchEngine, port?: number) {
  const files = readdirSync(episodesDir)
    .filter((f) => f.endsWith(".json") && f !== "index.json" && !f.startsWith("."))
    .sort()
    .map((f) => path.join(episodesDir, f));
  const opened = await openEngine(engine, port);
  try {
    const { client } = opened;
    await ensureSearchSchema(client);
    const cold = await indexCold(client, files);
    const oneChangedMs = await indexOneChanged(client, files.find((f) => !SEEDS.some((s) => f.includes(s))) ?? "");
    const seeds = files.filter((f) => SEEDS.some((s) => f.endsWith(`${s}.json`))).map(readEpisode);
    // The server is timed as it serves: its bulk load written out first (a checkpoint), as
    // minutes after an archive is indexed, not while its checkpointer spreads the writes over the
    // mix (as the embedded index is timed by a fresh process, after `episodes index`). One run,
    // one shard: p95 15.7 ms right after the load, 11.0 after a checkpoint, 11.8 a minute later.
    if (engine === "postgres") await client.exec("CHECKPOINT");
    const queries = await timeQueries(client, seeds);
    const rssMiB = process.memoryUsage().rss / 2 ** 20;
    const serverMiB = opened.serverBytes() / 2 ** 20;
    await client.close();
    return { engine, episodes: files.length, ...cold, oneChangedMs, ...queries, rssMiB, serverMiB };
  } finally {
    opened.stop();
  }
}

/**
 * Only the queries, on a PGlite folder a run with BENCH_PGLITE_DIR left indexed, the way the
 * site's server runs them: the database in a thread of its own (open-search-engine.ts), which
 * loads the `episodes` command's compiled copy (scripts/serve.mjs).
 */
async function benchQueriesOnly(dir: string) {
  const compiled = await compiledCli();
  if (compiled) process.env[COMPILED_CLI_ENV] = compiled;
  const client = await createPgliteWorkerClient(dir, path.resolve("bin/search-worker.mjs"));
  const seeds = SEEDS.map((slug) => readEpisode(path.join("content/episodes", `${slug}.json`)));
  const queries = await timeQueries(client, seeds);
  await client.close();
  return { engine: "pglite", ...queries, rssMiB: process.memoryUsage().rss / 2 ** 20 };
}

if (process.argv[1]?.endsWith("bench-library-search.ts") && process.argv[2] === "--queries-only") {
  console.log(JSON.stringify(await benchQueriesOnly(process.argv[3] ?? "")));
} else if (process.argv[1]?.endsWith("bench-library-search.ts")) {
  const [dir = "bench/library-1000/episodes", engine = "pglite", port] = process.argv.slice(2);
  console.log(JSON.stringify(await benchLibrarySearch(dir, engine as BenchEngine, port ? Number(port) : undefined)));
}
