import type { Episode } from "../../model/episode-schema";
import { episodeRows, type DocumentRow, type EpisodeRows } from "./episode-documents";
import { ADD_WORDS, COUNT_WORDS, DROP_WORDS, INSERT_DOCUMENTS, MERGE_PENDING_ENTRIES } from "./index-sql";
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

/**
 * Documents sent per INSERT: big enough to amortise a round trip, small enough for memory. A
 * load into an empty index that fills one is a bulk load: the GIN indexes are dropped and built
 * again at the end, several times faster than growing them row by row. Not into an index that
 * has episodes: dropping an index locks its table, and on a PostgreSQL server the live site's
 * searches would wait for the whole load.
 */
const BATCH = 20_000;

/** slug → content hash of every indexed episode, so a caller can tell what changed. */
export async function listIndexedEpisodes(client: SqlClient): Promise<Map<string, string>> {
  const rows = await client.query<{ slug: string; hash: string }>("SELECT slug, hash FROM search_episodes");
  return new Map(rows.map((row) => [row.slug, row.hash]));
}

class DocumentBuffer {
  private rows: { episode: number; row: DocumentRow }[] = [];
  count = 0;
  /** Whether the GIN indexes were dropped for a bulk load (rebuild them before committing). */
  bulk = false;
  constructor(
    private readonly tx: SqlRunner,
    private readonly mayDropIndexes: boolean,
  ) {}

  async add(episode: number, rows: DocumentRow[]): Promise<void> {
    for (const row of rows) this.rows.push({ episode, row });
    if (this.rows.length < BATCH) return;
    if (this.mayDropIndexes && !this.bulk) {
      await this.tx.exec("DROP INDEX search_documents_tsv; DROP INDEX search_words_trgm;");
      this.bulk = true;
    }
    await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.count += rows.length;
    const column = <T>(pick: (r: DocumentRow) => T) => rows.map(({ row }) => pick(row));
    await this.tx.query(INSERT_DOCUMENTS, [
      rows.map((r) => r.episode),
      column((r) => r.position),
      column((r) => r.docId),
      column((r) => r.kind),
      column((r) => r.text),
      column((r) => r.norm),
      column((r) => r.start),
      column((r) => r.end),
      column((r) => r.speaker),
      column((r) => r.section),
    ]);
  }
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
    const ids: number[] = [];
    let done = 0;
    const total = changes.count ?? (Array.isArray(changes.upsert) ? changes.upsert.length : 0);
    for await (const item of changes.upsert) {
      const row = "documents" in item ? item : episodeRows(item);
      const old = removed.includes(row.slug) ? undefined : bySlug.get(row.slug);
      if (old?.hash === row.hash) report.unchanged.push(row.slug);
      else {
        if (old) await dropEpisodes(tx, [old.id]);
        ids.push(await insertEpisode(tx, row, buffer));
        report.indexed.push(row.slug);
      }
      onProgress?.({ done: ++done, total, slug: row.slug });
    }
    await buffer.flush();
    if (ids.length > 0) {
      await tx.query(COUNT_WORDS, [ids, 1]);
      await tx.query(ADD_WORDS, [ids]);
    }
    if (buffer.bulk) await rebuildIndexes(tx);
    else await tx.query(MERGE_PENDING_ENTRIES);
    report.documents = buffer.count;
    return report;
  });
  if (report.documents >= BATCH) await client.exec(`VACUUM ANALYZE ${TABLES.join(", ")}`);
  else if (report.indexed.length + report.removed.length > 0) await vacuumDeadRows(client);
  return report;
}
