import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
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
 * Embedded PostgreSQL (PGlite, WASM, in this process) with pg_trgm from its contrib.
 * `dataDir`: the database directory on disk (created when missing); undefined keeps it in
 * memory. Only one process may open a directory at a time.
 */
export async function createPgliteClient(dataDir: string | undefined): Promise<SqlClient> {
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  return {
    ...runner(db),
    transaction: (fn) => db.transaction((tx) => fn(runner(tx))),
    close: () => db.close(),
  };
}
