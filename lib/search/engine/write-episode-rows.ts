// The statements that store, replace and drop one episode's rows, for indexEpisodes.
import { type DocumentBuffer, documentColumns } from "./document-buffer";
import type { EpisodeRows } from "./episode-documents";
import { ADD_PIECES, COUNT_WORDS, DELETE_CHANGED_DOCUMENTS, DROP_WORDS, RECOUNT_WORDS } from "./index-sql";
import type { SqlRunner } from "./sql-client";

/** How many documents these episodes have (rows a change is about to replace or remove). */
async function countDocuments(tx: SqlRunner, ids: number[]): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM search_documents WHERE episode_id = ANY($1::int[])",
    [ids],
  );
  return row?.n ?? 0;
}

/**
 * Drops episodes (their documents go with them) after taking their words off the counts;
 * resolves to how many documents went.
 */
export async function dropEpisodes(tx: SqlRunner, ids: number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const documents = await countDocuments(tx, ids);
  await tx.query(COUNT_WORDS, [ids, -1]);
  await tx.query(DROP_WORDS, [ids]);
  await tx.query("DELETE FROM search_episodes WHERE id = ANY($1::int[])", [ids]);
  return documents;
}

/*
 * An episode's distinct words travel as one text, split by the database: they hold no space
 * (letters and digits), and an array of 2,000 words took PGlite longer to read than the split.
 * With the column stored uncompressed (search-schema.ts), storing an episode's card: 3.5–4.0 →
 * 1.9–2.0 ms, of a cold index of 1,000 hours.
 */
const WORDS = "string_to_array($7::text, ' ')";
const joinWords = (row: EpisodeRows) => row.words.join(" ");

/** Stores one episode's card and queues its documents; resolves to its id. */
export async function insertEpisode(
  tx: SqlRunner,
  row: EpisodeRows,
  buffer: DocumentBuffer,
): Promise<number> {
  const [inserted] = await tx.query<{ id: number }>(
    `INSERT INTO search_episodes (slug, title, show, published, hash, speakers, words)
     VALUES ($1, $2, $3, $4, $5, $6::text[], ${WORDS}) RETURNING id`,
    [row.slug, row.title, row.show, row.published, row.hash, row.speakers, joinWords(row)],
  );
  if (!inserted) throw new Error(`could not store episode ${row.slug}`);
  // Kept when the episode goes: a piece only lets a part be found in a word the library has.
  if (row.pieces.length > 0) await tx.query(ADD_PIECES, [row.pieces]);
  await buffer.add(inserted.id, row.documents);
  return inserted.id;
}

/**
 * Stores a changed episode in place of its old version, under the same id. Only what changed is
 * written again: the words it gained or lost change their counts, and the documents that differ
 * from the old ones at the same position are replaced, the others kept. An edit changes a few of
 * an episode's hundreds of documents: writing all of them again was most of the statements' time
 * (a sentence added to an hour, at 1,000 hours: 653 documents deleted, written and their index
 * entries merged in ~230 ms; the 14 that differ, compared and written, in ~100), and each such
 * edit left 653 dead rows, so that the vacuum of the whole index (vacuum-replaced-rows.ts) came
 * every ~100 edits, not every few thousand. Resolves to how many documents of the old version went.
 */
export async function replaceEpisode(
  tx: SqlRunner,
  id: number,
  row: EpisodeRows,
  buffer: DocumentBuffer,
): Promise<number> {
  await tx.query(RECOUNT_WORDS, [id, joinWords(row)]);
  await tx.query(DROP_WORDS, [[id]]);
  const [changed] = await tx.query<{ kept: number[]; gone: number }>(DELETE_CHANGED_DOCUMENTS, [
    id,
    ...documentColumns(row.documents),
  ]);
  const kept = new Set(changed?.kept);
  await tx.query(
    `UPDATE search_episodes SET title = $2, show = $3, published = $4, hash = $5, speakers = $6::text[],
     words = ${WORDS} WHERE id = $1`,
    [id, row.title, row.show, row.published, row.hash, row.speakers, joinWords(row)],
  );
  if (row.pieces.length > 0) await tx.query(ADD_PIECES, [row.pieces]);
  await buffer.add(
    id,
    row.documents.filter((document) => !kept.has(document.position)),
  );
  return changed?.gone ?? 0;
}
