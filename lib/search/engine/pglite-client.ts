import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { SearchUnavailableError } from "./library-query";
import type { SqlClient, SqlRunner } from "./sql-client";

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

function runner(db: PgliteLike): SqlRunner {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await db.query<T>(sql, [...params])).rows,
    exec: async (sql) => void (await db.exec(sql)),
  };
}

/**
 * PostgreSQL's page cache inside PGlite's WebAssembly memory, which stays resident once touched.
 * A word's hits are scattered over the table, about one page each, so the hits of the bench's
 * query mix at 1,000 hours lie on ~11,000 pages, and whatever the cache cannot hold is read again
 * through the file system on the next query. Mix p95, same index, three runs each: 36–38 ms at
 * 48 MB, 25–32 at 80, 18–24 at 96, 20–25 at 128. The Next server's memory goal (400 MB with
 * search warm) allows 96 MB since the server neither loads SWC nor keeps freed memory
 * (scripts/serve.mjs, scripts/lib/site.mjs): 326 MiB of RSS at 96 MB, 348 MiB at 128.
 */
const SHARED_BUFFERS = "96MB";

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
 */
export async function createPgliteClient(
  dataDir: string | undefined,
  { shards = 1 }: { shards?: number } = {},
): Promise<SqlClient> {
  const db = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    postgresqlconf: [`shared_buffers = ${SHARED_BUFFERS}`, ...WAL],
  }).catch((error: unknown) => {
    throw new SearchUnavailableError(
      `The embedded search database at ${dataDir} cannot be opened (${(error as Error).message}). ` +
        "Is another process using it? Otherwise remove the folder and run `npx episodes index`.",
    );
  });
  return {
    shards,
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: () => db.close(),
  };
}
