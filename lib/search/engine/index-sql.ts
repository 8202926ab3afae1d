// The statements that fill the search tables (search-schema.ts), for index-episodes.ts.
import { ginIndexNames } from "./search-schema";
import { speakerLexemeSql } from "./speaker-lexeme";

/** SQL: a document's tsvector, of its words (`n`, a tsvector's text: tsvector-literal.ts) and speaker (`sp`). */
const documentTsv = (n: string, sp: string) =>
  `(${n}::tsvector || array_to_tsvector(array_remove(ARRAY[${speakerLexemeSql(sp)}], NULL)))`;

/**
 * Documents, each with its words (a tsvector's text: tsvector-literal.ts) and, when a named
 * speaker said it, its speaker's lexeme.
 */
export const INSERT_DOCUMENTS = `
INSERT INTO search_documents
  (episode_id, position, doc_id, kind, text, tsv_simple, start_s, end_s, speaker, section)
SELECT e, p, d, k, t, ${documentTsv("n", "sp")}, s, f, sp, se
FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
  $7::float8[], $8::float8[], $9::text[], $10::text[]) AS u(e, p, d, k, t, n, s, f, sp, se)`;

/**
 * Deletes the documents of episode $1 that differ from its new documents (the other parameters,
 * as INSERT_DOCUMENTS's without the episode) at the same position, in any column; answers the
 * positions kept (the snapshot the statement reads is from before its delete) and how many went.
 */
export const DELETE_CHANGED_DOCUMENTS = `
WITH new AS (
  SELECT * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[],
    $7::float8[], $8::float8[], $9::text[], $10::text[]) AS u(p, d, k, t, n, s, f, sp, se)
), gone AS (
  DELETE FROM search_documents o WHERE o.episode_id = $1 AND NOT EXISTS (
    SELECT 1 FROM new WHERE p = o.position AND d = o.doc_id AND k = o.kind AND t = o.text
      AND s IS NOT DISTINCT FROM o.start_s AND f IS NOT DISTINCT FROM o.end_s
      AND sp IS NOT DISTINCT FROM o.speaker AND se IS NOT DISTINCT FROM o.section
      AND ${documentTsv("n", "sp")} = o.tsv_simple)
  RETURNING o.position
)
SELECT coalesce(array_agg(position ORDER BY position) FILTER (WHERE position NOT IN (SELECT position FROM gone)), '{}') AS kept,
  (SELECT count(*)::int FROM gone) AS gone
FROM search_documents WHERE episode_id = $1`;

/** Episode counts of the words of these episodes ($1), added (+1) or taken away (-1) ($2). */
export const COUNT_WORDS = `
INSERT INTO search_word_counts (word, episodes)
SELECT word, count(*)::int * $2::int FROM search_episodes e, unnest(e.words) AS word
WHERE e.id = ANY($1::int[])
GROUP BY word
ON CONFLICT (word) DO UPDATE SET episodes = search_word_counts.episodes + excluded.episodes`;

/**
 * Episode counts of the words episode $1 gained (+1) or lost (-1) with its new words ($2, joined by spaces),
 * before its row gets them; the words it kept are not touched.
 */
export const RECOUNT_WORDS = `
WITH old AS (SELECT unnest(words) AS word FROM search_episodes WHERE id = $1::int),
new AS (SELECT unnest(string_to_array($2::text, ' ')) AS word),
change AS (
  (SELECT word, -1 AS n FROM old EXCEPT SELECT word, -1 FROM new)
  UNION ALL
  (SELECT word, 1 FROM new EXCEPT SELECT word, 1 FROM old)
)
INSERT INTO search_word_counts (word, episodes) SELECT word, n FROM change
ON CONFLICT (word) DO UPDATE SET episodes = search_word_counts.episodes + excluded.episodes`;

/** The words of these episodes ($1) the library did not have, with their stems (only theirs: stemming takes time). */
export const ADD_WORDS = `
INSERT INTO search_words (word, stem)
SELECT n.word, (ts_lexize('english_stem', n.word))[1] FROM (
  SELECT DISTINCT u.word FROM search_episodes e, unnest(e.words) AS u(word)
  WHERE e.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = u.word)
) AS n`;

/**
 * Every counted word with its stem: the words of a load into an empty index, which COUNT_WORDS
 * has just counted, all of them. The same rows as ADD_WORDS, without taking every episode's words
 * apart again: 2.1 → 0.2 s at 1,000 hours (3 million words of episodes, 7,113 distinct), PGlite.
 */
export const ADD_COUNTED_WORDS = `
INSERT INTO search_words (word, stem)
SELECT word, (ts_lexize('english_stem', word))[1] FROM search_word_counts`;

/** Pieces of words written with capitals inside ($1), which a part may stand beside (search-schema.ts). */
export const ADD_PIECES = `
INSERT INTO search_word_pieces (piece) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`;

/** Words of these episodes ($1) no episode says any more. */
export const DROP_WORDS = `
WITH gone AS (
  DELETE FROM search_word_counts c
  WHERE c.episodes <= 0 AND c.word IN (SELECT unnest(words) FROM search_episodes WHERE id = ANY($1::int[]))
  RETURNING c.word
)
DELETE FROM search_words WHERE word IN (SELECT word FROM gone)`;

/** The GIN indexes' pending entries merged into them (search-schema.ts), before a load commits. */
export const mergePendingEntries = (shards: number) =>
  `SELECT ${ginIndexNames(shards)
    .map((name) => `gin_clean_pending_list('${name}'::regclass)`)
    .join(", ")}`;
