import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { SearchUnavailableError } from "./library-query";
import { LOOKUP_WORDS_SQL } from "./lookup-words";
import { createNamedStatements } from "./pglite-named-statements";
import { searchStatementName } from "./search-statement";
import type { SqlClient, SqlRunner } from "./sql-client";

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

/** The name of a statement every search runs, to run it by (pglite-named-statements.ts), or undefined. */
const nameOf = (sql: string) =>
  sql === LOOKUP_WORDS_SQL ? "episode_explorer_lookup" : searchStatementName(sql);

function runner(db: PgliteLike, named?: ReturnType<typeof createNamedStatements>): SqlRunner {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      const byName = named?.<T>(sql, params);
      return byName ? await byName : (await db.query<T>(sql, [...params])).rows;
    },
    exec: async (sql) => void (await db.exec(sql)),
  };
}

/**
 * PostgreSQL's page cache inside PGlite's WebAssembly memory, which stays resident once touched.
 * A word's hits are scattered over the table, about one page each, so the hits of the bench's
 * query mix at 1,000 hours lie on ~11,000 pages, and whatever the cache cannot hold is read again
 * through the file system on the next query. The mix's p95 once the search statements were
 * planned once and cut their pages first (the bench's queries alone, on one index, alternated):
 * 22.0–23.2 ms at 64 MB, 11.1–11.7 at 80, 10.3–11.1 at 96. (Before those, 36–38 ms at 48 MB,
 * 25–32 at 80, 18–24 at 96, 20–25 at 128.) The Next server's memory goal, 400 MB with search
 * warm (381.5 MiB), is met by the cache and the server together (scripts/serve.mjs keeps the
 * server's own small): in the bench, 357–385 MiB of RSS at 96 MB (one run over the goal),
 * 340–364 at 80. So 80: the last size before the mix's pages no longer fit.
 */
const SHARED_BUFFERS_MB = 80;

/**
 * Opening PGlite with a search's cache (96 MB when measured) costs ~0.3 s more than with 16
 * (its start clears them: 0.80 against 0.55 s, and 95 MB more RSS, measured). A search or a large
 * load earns that back; a small update does not: one changed episode at 1,000 hours, through
 * `episodes index`, 1.97–2.08 s with 96 MB, 1.69–1.79 s with 16. A cold index of 1,000 episodes
 * is ~3 s slower with 16 (42.5–45.0 against 40.5 s), ~3 ms an episode: the two cross near 100
 * episodes.
 */
const SMALL_UPDATE_BUFFERS_MB = 16;
const LARGE_UPDATE_FROM = 100;

/** The buffers (MB) to open the database with for writing `episodes` episodes into it. */
export function writerBuffersMb(episodes: number): number {
  return episodes < LARGE_UPDATE_FROM ? SMALL_UPDATE_BUFFERS_MB : SHARED_BUFFERS_MB;
}

/**
 * The write-ahead log at its minimum: nothing replicates or archives an embedded database, and
 * a table created in the transaction that fills it (a cold index, index-episodes.ts) is then
 * synced at commit instead of logged row by row. (minimal requires max_wal_senders = 0.)
 */
const WAL = ["wal_level = minimal", "max_wal_senders = 0"];

/**
 * Embedded PostgreSQL (PGlite, WASM, in this process) with pg_trgm from its contrib.
 * `dataDir`: the database directory on disk (created when missing); undefined keeps it in
 * memory. Only one process may open a directory at a time. A directory that cannot be opened
 * rejects with SearchUnavailableError. One shard (SqlClient.shards): PGlite runs one statement at
 * a time, so more would only add statements; `shards` is for tests of the server's way.
 * `buffersMb`: the page cache's size; a search's by default (writers: writerBuffersMb).
 */
export async function createPgliteClient(
  dataDir: string | undefined,
  { shards = 1, buffersMb = SHARED_BUFFERS_MB }: { shards?: number; buffersMb?: number } = {},
): Promise<SqlClient> {
  const db = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    postgresqlconf: [`shared_buffers = ${buffersMb}MB`, ...WAL],
  }).catch((error: unknown) => {
    throw new SearchUnavailableError(
      `The embedded search database at ${dataDir} cannot be opened (${(error as Error).message}). ` +
        "Is another process using it? Otherwise remove the folder and run `npx episodes index`.",
    );
  });
  const main = runner(db, createNamedStatements(db, nameOf));
  return {
    shards,
    ...main,
    forShard: () => main,
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: () => db.close(),
  };
}
