import type { Episode } from "../../model/episode-schema";
import { BATCH, DocumentBuffer } from "./document-buffer";
import { episodeRows, type EpisodeRows } from "./episode-documents";
import { ADD_WORDS, COUNT_WORDS, DROP_WORDS, MERGE_PENDING_ENTRIES, RECOUNT_WORDS } from "./index-sql";
import { SEARCH_GIN_INDEXES } from "./search-schema";
import type { SqlClient, SqlRunner } from "./sql-client";

/**
 * What to change in the index: episodes to (re)index when their hash changed, slugs to drop.
 * `upsert` is read one episode at a time (a thousand decoded hours would not fit in memory),
 * as episodes or already as their rows (`episodeRows`, which a reader thread can make while
 * this one indexes); `count` is how many it yields, for progress.
 */
export interface IndexChanges {
  upsert: Iterable<Episode | EpisodeRows> | AsyncIterable<Episode | EpisodeRows>;
  count?: number;
  remove: readonly string[];
}

export interface IndexProgress {
  /** Episodes looked at so far (indexed or skipped as unchanged), of `total`. */
  done: number;
  total: number;
  slug: string;
}

export interface IndexReport {
  indexed: string[];
  unchanged: string[];
  removed: string[];
  documents: number;
}

/** slug → content hash of every indexed episode, so a caller can tell what changed. */
export async function listIndexedEpisodes(client: SqlClient): Promise<Map<string, string>> {
  const rows = await client.query<{ slug: string; hash: string }>("SELECT slug, hash FROM search_episodes");
  return new Map(rows.map((row) => [row.slug, row.hash]));
}

/** Drops episodes (their documents go with them) after taking their words off the counts. */
async function dropEpisodes(tx: SqlRunner, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(COUNT_WORDS, [ids, -1]);
  await tx.query(DROP_WORDS, [ids]);
  await tx.query("DELETE FROM search_episodes WHERE id = ANY($1::int[])", [ids]);
}

/** Stores one episode's card and queues its documents; resolves to its id. */
async function insertEpisode(tx: SqlRunner, row: EpisodeRows, buffer: DocumentBuffer): Promise<number> {
  const [inserted] = await tx.query<{ id: number }>(
    `INSERT INTO search_episodes (slug, title, show, published, hash, speakers, words)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text[]) RETURNING id`,
    [row.slug, row.title, row.show, row.published, row.hash, row.speakers, row.words],
  );
  if (!inserted) throw new Error(`could not store episode ${row.slug}`);
  await buffer.add(inserted.id, row.documents);
  return inserted.id;
}

/**
 * Stores a changed episode in place of its old version, under the same id. Only the words it
 * gained or lost change their counts: an edit changes a few of its thousands of words, and
 * counting them all off and on again left thousands of dead rows, and a vacuum, at every edit.
 */
async function replaceEpisode(
  tx: SqlRunner,
  id: number,
  row: EpisodeRows,
  buffer: DocumentBuffer,
): Promise<void> {
  await tx.query(RECOUNT_WORDS, [id, row.words]);
  await tx.query(DROP_WORDS, [[id]]);
  await tx.query("DELETE FROM search_documents WHERE episode_id = $1", [id]);
  await tx.query(
    `UPDATE search_episodes SET title = $2, show = $3, published = $4, hash = $5, speakers = $6::text[],
     words = $7::text[] WHERE id = $1`,
    [id, row.title, row.show, row.published, row.hash, row.speakers, row.words],
  );
  await buffer.add(id, row.documents);
}

const TABLES = ["search_documents", "search_words", "search_word_counts", "search_episodes"];

/**
 * Vacuums the tables whose dead rows (of replaced episodes and word counts) passed a tenth of
 * their live ones: autovacuum's rule, as PGlite has no autovacuum. Every time would cost a
 * second an edit (vacuuming reads the whole GIN index); never would slow every query a little more.
 */
async function vacuumDeadRows(client: SqlClient): Promise<void> {
  // A backend sends its counts (the rows this load deleted) to the statistics at most once a
  // second; read sooner, they may not be there yet, and the vacuum was skipped at random.
  // PostgreSQL 15+ can be told to send them at the end of this statement (14 has no such call).
  const [server] = await client.query<{ version: number }>(
    "SELECT current_setting('server_version_num')::int AS version",
  );
  if ((server?.version ?? 0) >= 150000) await client.query("SELECT pg_stat_force_next_flush()");
  const tables = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_stat_user_tables
     WHERE relname = ANY($1::text[]) AND n_dead_tup > 0.1 * greatest(n_live_tup, 1) ORDER BY relname`,
    [TABLES],
  );
  if (tables.length > 0) await client.exec(`VACUUM ${tables.map((t) => t.name).join(", ")}`);
}

/** Builds the GIN indexes a bulk load dropped, with memory enough to sort in few passes. */
async function rebuildIndexes(tx: SqlRunner): Promise<void> {
  await tx.exec(
    `SET LOCAL maintenance_work_mem = '256MB'; ${SEARCH_GIN_INDEXES.documents} ${SEARCH_GIN_INDEXES.words}`,
  );
}

/**
 * Brings the index up to date in one transaction: episodes of `upsert` whose hash changed (or
 * that are new) are indexed again, the others skipped; slugs of `remove` disappear. Episodes
 * are turned into rows one at a time; documents are bulk-loaded with multi-row inserts of BATCH
 * documents. After a bulk load the tables are vacuumed and analysed (fresh statistics for the
 * planner, pages marked all-visible), after a smaller change when dead rows call for it.
 */
export async function indexEpisodes(
  client: SqlClient,
  changes: IndexChanges,
  onProgress?: (progress: IndexProgress) => void,
): Promise<IndexReport> {
  const report = await client.transaction(async (tx) => {
    const existing = await tx.query<{ id: number; slug: string; hash: string }>(
      "SELECT id, slug, hash FROM search_episodes",
    );
    const bySlug = new Map(existing.map((row) => [row.slug, row]));
    // An empty index gets new, empty tables in this transaction: what is written into a table
    // created in the same transaction needs no write-ahead log when the database keeps only the
    // minimum (PGlite's, pglite-client.ts), only a sync at commit. A cold index: 45 → 40 s.
    if (existing.length === 0) await tx.exec(`TRUNCATE ${TABLES.join(", ")}`);
    const report: IndexReport = { indexed: [], unchanged: [], removed: [], documents: 0 };
    const removed = [...new Set(changes.remove)].filter((slug) => bySlug.has(slug));
    await dropEpisodes(
      tx,
      removed.map((slug) => bySlug.get(slug)?.id ?? -1),
    );
    report.removed.push(...removed);
    const buffer = new DocumentBuffer(tx, existing.length === 0);
    const added: number[] = [];
    const replaced: number[] = [];
    let done = 0;
    const total = changes.count ?? (Array.isArray(changes.upsert) ? changes.upsert.length : 0);
    for await (const item of changes.upsert) {
      const row = "documents" in item ? item : episodeRows(item);
      const old = removed.includes(row.slug) ? undefined : bySlug.get(row.slug);
      if (old?.hash === row.hash) report.unchanged.push(row.slug);
      else {
        if (old) {
          await replaceEpisode(tx, old.id, row, buffer);
          replaced.push(old.id);
        } else added.push(await insertEpisode(tx, row, buffer));
        report.indexed.push(row.slug);
      }
      onProgress?.({ done: ++done, total, slug: row.slug });
    }
    await buffer.flush();
    if (added.length > 0) await tx.query(COUNT_WORDS, [added, 1]);
    if (added.length + replaced.length > 0) await tx.query(ADD_WORDS, [[...added, ...replaced]]);
    if (buffer.bulk) await rebuildIndexes(tx);
    else await tx.query(MERGE_PENDING_ENTRIES);
    report.documents = buffer.count;
    return report;
  });
  if (report.documents >= BATCH) await client.exec(`VACUUM ANALYZE ${TABLES.join(", ")}`);
  else if (report.indexed.length + report.removed.length > 0) await vacuumDeadRows(client);
  return report;
}
