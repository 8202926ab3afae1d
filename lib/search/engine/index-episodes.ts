import type { Episode } from "../../model/episode-schema";
import { episodeRows, type DocumentRow, type EpisodeRows } from "./episode-documents";
import type { SqlClient, SqlRunner } from "./sql-client";

/** What to change in the index: episodes to (re)index when their hash changed, slugs to drop. */
export interface IndexChanges {
  upsert: readonly Episode[];
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

/** Documents sent per INSERT: big enough to amortise a round trip, small enough for memory. */
const BATCH = 20_000;
/** Documents loaded at once past which the planner's statistics are gathered again. */
const ANALYZE_AFTER = 5_000;

const INSERT_DOCUMENTS = `
INSERT INTO search_documents
  (episode_id, position, doc_id, kind, text, norm, start_s, end_s, speaker, section)
SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
  $7::float8[], $8::float8[], $9::text[], $10::text[])`;

/** Episode counts of the words of these episodes, added (+1) or taken away (-1). */
const COUNT_WORDS = `
INSERT INTO search_words (word, episodes, stem)
SELECT word, count(*)::int * $2::int, (ts_lexize('english_stem', word))[1]
FROM search_episodes e, unnest(e.words) AS word
WHERE e.id = ANY($1::int[])
GROUP BY word
ON CONFLICT (word) DO UPDATE SET episodes = search_words.episodes + excluded.episodes`;

/** slug → content hash of every indexed episode, so a caller can tell what changed. */
export async function listIndexedEpisodes(client: SqlClient): Promise<Map<string, string>> {
  const rows = await client.query<{ slug: string; hash: string }>("SELECT slug, hash FROM search_episodes");
  return new Map(rows.map((row) => [row.slug, row.hash]));
}

class DocumentBuffer {
  private rows: { episode: number; row: DocumentRow }[] = [];
  count = 0;
  constructor(private readonly tx: SqlRunner) {}

  async add(episode: number, rows: DocumentRow[]): Promise<void> {
    for (const row of rows) this.rows.push({ episode, row });
    if (this.rows.length >= BATCH) await this.flush();
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
  await tx.query("DELETE FROM search_words WHERE episodes <= 0");
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
 * Brings the index up to date in one transaction: episodes of `upsert` whose hash changed (or
 * that are new) are indexed again, the others skipped; slugs of `remove` disappear. Episodes
 * are turned into rows one at a time (the rows of a thousand hours would not fit in memory
 * together); documents are bulk-loaded with multi-row inserts of BATCH documents.
 */
export async function indexEpisodes(
  client: SqlClient,
  changes: IndexChanges,
  onProgress?: (progress: IndexProgress) => void,
): Promise<IndexReport> {
  return client.transaction(async (tx) => {
    const slugs = [...changes.upsert.map((e) => e.slug), ...changes.remove];
    const existing = await tx.query<{ id: number; slug: string; hash: string }>(
      "SELECT id, slug, hash FROM search_episodes WHERE slug = ANY($1::text[])",
      [slugs],
    );
    const bySlug = new Map(existing.map((row) => [row.slug, row]));
    const report: IndexReport = { indexed: [], unchanged: [], removed: [], documents: 0 };
    const removed = [...new Set(changes.remove)].filter((slug) => bySlug.has(slug));
    await dropEpisodes(
      tx,
      removed.map((slug) => bySlug.get(slug)?.id ?? -1),
    );
    report.removed.push(...removed);
    const buffer = new DocumentBuffer(tx);
    const ids: number[] = [];
    for (const [i, episode] of changes.upsert.entries()) {
      const row = episodeRows(episode);
      const old = removed.includes(row.slug) ? undefined : bySlug.get(row.slug);
      if (old?.hash === row.hash) report.unchanged.push(row.slug);
      else {
        if (old) await dropEpisodes(tx, [old.id]);
        ids.push(await insertEpisode(tx, row, buffer));
        report.indexed.push(row.slug);
      }
      onProgress?.({ done: i + 1, total: changes.upsert.length, slug: row.slug });
    }
    await buffer.flush();
    if (ids.length > 0) await tx.query(COUNT_WORDS, [ids, 1]);
    // Fresh statistics after a bulk load: PGlite has no autovacuum to gather them.
    if (buffer.count >= ANALYZE_AFTER)
      await tx.exec("ANALYZE search_documents, search_words, search_episodes");
    report.documents = buffer.count;
    return report;
  });
}
