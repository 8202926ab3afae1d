import type { SqlClient, SqlRunner } from "./sql-client";

/** The search tables a vacuum goes through (search-schema.ts). */
export const SEARCH_TABLES = [
  "search_documents",
  "search_words",
  "search_word_counts",
  "search_word_pieces",
  "search_episodes",
];

/*
 * How many documents were replaced or removed since the tables were last vacuumed: their rows
 * are dead until a vacuum. Kept in search_meta, not read from the database's statistics
 * (`pg_stat_user_tables`): PGlite forgets those when it is closed, so a new process saw no live
 * rows at all, and every edit vacuumed (71 ms at 1,000 hours, and growing with the archive, as
 * vacuuming reads the whole GIN index).
 */
const KEY = "replaced_documents";

/** Adds `count` replaced or removed documents to the tally, inside the load's transaction. */
export async function tallyReplacedDocuments(tx: SqlRunner, count: number): Promise<void> {
  if (count <= 0) return;
  await tx.query(
    `INSERT INTO search_meta (key, value) VALUES ($1, $2::text)
     ON CONFLICT (key) DO UPDATE SET value = (search_meta.value::bigint + excluded.value::bigint)::text`,
    [KEY, String(count)],
  );
}

/**
 * Has this transaction's row counts published as it commits, before the vacuum that follows
 * it. A backend publishes its counts at most once a second, and a vacuum's own count replaces
 * the table's: counts published after it were added again, so replacing a 20,000-document
 * episode and vacuuming at once left pg_stat_user_tables showing 20,000 dead rows that were
 * gone, and a server's autovacuum would vacuum again (PGlite and server alike, whenever the
 * load committed within a second of the last counts). PostgreSQL 14 has no such call: the
 * block asks for it only where it exists.
 */
export async function publishCountsAtCommit(tx: SqlRunner): Promise<void> {
  await tx.exec(
    "DO $$BEGIN IF to_regproc('pg_stat_force_next_flush') IS NOT NULL THEN PERFORM pg_stat_force_next_flush(); END IF; END$$",
  );
}

/** Vacuums (and with `analyze`, analyses) the search tables and starts the tally again. */
export async function vacuumSearchTables(client: SqlClient, { analyze = false } = {}): Promise<void> {
  await client.exec(`VACUUM ${analyze ? "ANALYZE " : ""}${SEARCH_TABLES.join(", ")}`);
  await client.query("DELETE FROM search_meta WHERE key = $1", [KEY]);
}

/**
 * Vacuums the search tables once the documents replaced since the last vacuum pass a tenth of
 * the live ones (autovacuum's rule; PGlite has no autovacuum). Every edit would cost a vacuum;
 * never would slow every query a little more. The live count is the planner's (pg_class,
 * kept by the last vacuum or analyse); a table never counted is vacuumed at its first change.
 */
export async function vacuumReplacedRows(client: SqlClient): Promise<boolean> {
  const [row] = await client.query<{ replaced: string | null; live: number | null }>(
    `SELECT (SELECT value FROM search_meta WHERE key = $1) AS replaced,
            (SELECT reltuples FROM pg_class WHERE oid = 'search_documents'::regclass)::float8 AS live`,
    [KEY],
  );
  const replaced = Number(row?.replaced ?? 0);
  const live = Number(row?.live ?? -1);
  if (replaced <= 0 || (live > 0 && replaced <= 0.1 * live)) return false;
  await vacuumSearchTables(client);
  return true;
}
