import type { Episode } from "../../model/episode-schema";
import { BATCH, DocumentBuffer } from "./document-buffer";
import { episodeRows, type EpisodeRows } from "./episode-documents";
import { ADD_COUNTED_WORDS, ADD_WORDS, COUNT_WORDS, mergePendingEntries } from "./index-sql";
import { DOCUMENTS_KEYS, SEARCH_GIN_INDEXES } from "./search-schema";
import type { SqlClient, SqlRunner } from "./sql-client";
import {
  publishCountsAtCommit,
  SEARCH_TABLES,
  tallyReplacedDocuments,
  vacuumReplacedRows,
  vacuumSearchTables,
} from "./vacuum-replaced-rows";
import { dropEpisodes, insertEpisode, replaceEpisode } from "./write-episode-rows";

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

/**
 * Builds the GIN indexes a bulk load dropped, with memory enough to sort in few passes, and adds
 * the documents' keys again (the episode key checks every document).
 */
async function rebuildIndexes(tx: SqlRunner, shards: number): Promise<void> {
  await tx.exec(
    `SET LOCAL maintenance_work_mem = '256MB'; ${SEARCH_GIN_INDEXES.documents(shards)} ${SEARCH_GIN_INDEXES.words}
    ${DOCUMENTS_KEYS.add}`,
  );
}

/**
 * Brings the index up to date in one transaction: episodes of `upsert` whose hash changed (or
 * that are new) are indexed again, the others skipped; slugs of `remove` disappear. Episodes
 * are turned into rows one at a time; documents are bulk-loaded with multi-row inserts of BATCH
 * documents. After a bulk load the tables are vacuumed and analysed (fresh statistics for the
 * planner, pages marked all-visible), after a smaller change once the documents replaced since
 * the last vacuum call for it (vacuum-replaced-rows.ts).
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
    if (existing.length === 0) await tx.exec(`TRUNCATE ${SEARCH_TABLES.join(", ")}`);
    const report: IndexReport = { indexed: [], unchanged: [], removed: [], documents: 0 };
    const removed = [...new Set(changes.remove)].filter((slug) => bySlug.has(slug));
    let replacedDocuments = await dropEpisodes(
      tx,
      removed.map((slug) => bySlug.get(slug)?.id ?? -1),
    );
    report.removed.push(...removed);
    const buffer = new DocumentBuffer(tx, existing.length === 0, client.shards);
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
          replacedDocuments += await replaceEpisode(tx, old.id, row, buffer);
          replaced.push(old.id);
        } else added.push(await insertEpisode(tx, row, buffer));
        report.indexed.push(row.slug);
      }
      onProgress?.({ done: ++done, total, slug: row.slug });
    }
    await buffer.flush();
    if (added.length > 0) await tx.query(COUNT_WORDS, [added, 1]);
    if (existing.length === 0 && added.length > 0) await tx.query(ADD_COUNTED_WORDS);
    else if (added.length + replaced.length > 0) await tx.query(ADD_WORDS, [[...added, ...replaced]]);
    if (buffer.bulk) await rebuildIndexes(tx, client.shards);
    else await tx.query(mergePendingEntries(client.shards));
    await tallyReplacedDocuments(tx, replacedDocuments);
    if (report.indexed.length + report.removed.length > 0) await publishCountsAtCommit(tx);
    report.documents = buffer.count;
    return report;
  });
  if (report.documents >= BATCH) await vacuumSearchTables(client, { analyze: true });
  else if (report.indexed.length + report.removed.length > 0) await vacuumReplacedRows(client);
  return report;
}
