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
 * PGlite's default, 128 MB, filled up as queries read the index: after the bench's query mix at
 * 1,000 hours the process held 406–433 MB, and 322 MB with 48 MB, for a median 1–3 ms slower
 * (the files stay in the system's cache, a read away).
 */
const SHARED_BUFFERS = "48MB";

/**
 * Embedded PostgreSQL (PGlite, WASM, in this process) with pg_trgm from its contrib.
 * `dataDir`: the database directory on disk (created when missing); undefined keeps it in
 * memory. Only one process may open a directory at a time. A directory that cannot be opened
 * rejects with SearchUnavailableError.
 */
export async function createPgliteClient(dataDir: string | undefined): Promise<SqlClient> {
  const db = await PGlite.create(dataDir, {
    extensions: { pg_trgm },
    postgresqlconf: [`shared_buffers = ${SHARED_BUFFERS}`],
  }).catch((error: unknown) => {
    throw new SearchUnavailableError(
      `The embedded search database at ${dataDir} cannot be opened (${(error as Error).message}). ` +
        "Is another process using it? Otherwise remove the folder and run `npx episodes index`.",
    );
  });
  return {
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: () => db.close(),
  };
}
