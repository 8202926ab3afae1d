import { MIN_SIDE_LENGTH } from "../term-match";

// The two word lookups of the library search as functions of the database (lookup-words.ts
// calls them; search-schema.ts makes them with the search tables).

/** Longer words containing a typed word (WordFacts.parts), at most this many (the most common): `the` is in hundreds. */
const MAX_PARTS = 30;
/** Words of the library beginning with a typed word that a query lists one by one (expand-query.ts). */
export const MAX_COMPLETIONS = 64;

/** Trigram neighbours looked at per word (close words: see rankCloseWords, lookup-words.ts). */
const MAX_NEIGHBOURS = 10;
const SIMILARITY = 0.2;
/** SQL: the library's closest words to the text expression `asked`, with their similarity. */
const neighbours = (asked: string) => `
  SELECT w.word, similarity(w.word, ${asked}) AS sim FROM search_words w
  JOIN search_word_counts n ON n.word = w.word WHERE w.word % ${asked}
  ORDER BY sim DESC, n.episodes DESC, w.word COLLATE "C" LIMIT ${MAX_NEIGHBOURS}`;
/**
 * SQL: whether `side` of a word (before or `after` a typed word in it) lets the typed word be a
 * part of it: nothing, a number, a plural `s`, a piece written with capitals, or a word of the
 * library long enough (partIndex and wordsWithPieces, term-match.ts).
 */
const besidePart = (side: string, after: boolean) =>
  `(${side} = '' OR ${side} ~ '^[0-9]+$'${after ? ` OR ${side} = 's'` : ""}
    OR EXISTS (SELECT 1 FROM search_word_pieces x WHERE x.piece = ${side})
    OR length(${side}) >= ${MIN_SIDE_LENGTH} AND EXISTS (SELECT 1 FROM search_words x WHERE x.word = ${side}))`;

const CLOSE = `SELECT q.t AS asked, c.word, c.sim FROM unnest($1::text[]) AS q(t) CROSS JOIN LATERAL (${neighbours("q.t")}) AS c`;

/*
 * Words are the normaliser's letters and digits only, so they hold no LIKE wildcard (`%`, `_`);
 * LIKE with a leading `%` is served by the trigram index. A word beginning with `t` is a range of
 * the byte-ordered index: from `t` to `t` + the last code point. The close words (CLOSE) of an
 * asked word are looked for only when nothing above found it: a typo's neighbours come in the
 * same round trip, and a word that is only being typed (`priv`) costs no trigram search.
 */
const LOOKUP = `
WITH known AS (
  SELECT 'known'::text AS k, word AS asked, word FROM search_words WHERE word = ANY($1::text[])
), form AS (
  SELECT 'form'::text AS k, q.t AS asked, w.word FROM unnest($2::text[]) AS q(t)
    JOIN search_words w ON w.stem = (ts_lexize('english_stem', q.t))[1] AND w.word <> q.t
), part AS (
  SELECT 'part'::text AS k, q.t AS asked, p.word FROM unnest($3::text[]) AS q(t) CROSS JOIN LATERAL (
    SELECT w.word FROM search_words w JOIN search_word_counts c ON c.word = w.word
    CROSS JOIN LATERAL (SELECT strpos(w.word, q.t) AS at) AS a
    WHERE w.word LIKE '%' || q.t || '%' AND w.word <> q.t
      AND ${besidePart("left(w.word, a.at - 1)", false)}
      AND ${besidePart("substr(w.word, a.at + length(q.t))", true)}
    ORDER BY c.episodes DESC, w.word COLLATE "C" LIMIT ${MAX_PARTS}) AS p
    WHERE ts_lexize('english_stem', q.t) <> '{}'
), begins AS (
  SELECT 'begins'::text AS k, q.t AS asked, b.word FROM unnest($4::text[]) AS q(t) CROSS JOIN LATERAL (
    SELECT word FROM search_words WHERE word COLLATE "C" > q.t AND word COLLATE "C" < q.t || chr(1114111)
    ORDER BY word COLLATE "C" LIMIT ${MAX_COMPLETIONS + 1}) AS b
), found AS (
  SELECT k, asked, word, NULL::real AS sim FROM known
  UNION ALL SELECT k, asked, word, NULL FROM form
  UNION ALL SELECT k, asked, word, NULL FROM part
  UNION ALL SELECT k, asked, word, NULL FROM begins
)
SELECT * FROM found
UNION ALL
SELECT 'stop', q.t, q.t, NULL FROM unnest($2::text[]) AS q(t) WHERE ts_lexize('english_stem', q.t) = '{}'
UNION ALL
SELECT 'close', q.t, c.word, c.sim FROM unnest($5::text[]) AS q(t) CROSS JOIN LATERAL (${neighbours("q.t")}) AS c
  WHERE NOT EXISTS (SELECT 1 FROM found WHERE found.asked = q.t)`;

/*
 * The two lookups are functions of the database, made with the search tables (search-schema.ts;
 * changing them is a new SEARCH_SCHEMA_VERSION): search_lookup_words for every query,
 * search_close_words for a second, strict try (expand-query.ts). Their SET clauses rule out sequential scans of
 * the words table, and set pg_trgm's threshold, for their own statements only: on a few thousand
 * words the planner prefers reading them all, and computing trigrams of each took 24 ms a word
 * in PGlite, where the trigram index answers in 2–5 ms. A call is one round trip; the same
 * settings as a transaction (BEGIN, SET LOCAL, the query, COMMIT) took four. Measured at 1,000
 * hours: the words of `market` 1.6 → 1.0 ms on a PostgreSQL server, 6.3–7.0 → 2.7–2.8 ms in
 * PGlite (whose planner also did more with the values inlined); the neighbours of `modle`
 * 1.4 → 0.9 ms on the server.
 *
 * They are PL/pgSQL, whose statements keep their plan for the connection, and the plan is a
 * generic one (plan_cache_mode): the lookup ran in 0.3 ms but was planned anew at each call in
 * 0.7 (a SQL function's body is; and PostgreSQL's own choice kept re-planning, since a plan for
 * the one word at hand looks cheaper than one for any number of them). The plans depend on no
 * value: every word comes out of `unnest`. At 1,000 hours on the server: the lookup of `cust`
 * 1.0 → 0.4 ms, of `atention is all you need` 1.3 → 0.7; the bench's query mix, median 3.7 →
 * 2.9 ms. `use_column`: the result's columns (`word`…) are also the tables'.
 */
const lookupFunction = (name: string, args: string, columns: string, body: string) => `
CREATE FUNCTION ${name}(${args}) RETURNS TABLE (${columns})
  LANGUAGE plpgsql STABLE SET plan_cache_mode = force_generic_plan
  SET enable_seqscan = off SET pg_trgm.similarity_threshold = ${SIMILARITY}
  AS $body$ #variable_conflict use_column
  BEGIN RETURN QUERY ${body}; END $body$;`;

export const LOOKUP_FUNCTIONS = [
  lookupFunction(
    "search_lookup_words",
    "text[], text[], text[], text[], text[]",
    "k text, asked text, word text, sim real",
    LOOKUP,
  ),
  lookupFunction("search_close_words", "text[]", "asked text, word text, sim real", CLOSE),
].join("\n");

export const DROP_LOOKUP_FUNCTIONS = `
DROP FUNCTION IF EXISTS search_lookup_words(text[], text[], text[], text[]);
DROP FUNCTION IF EXISTS search_lookup_words(text[], text[], text[], text[], text[]);
DROP FUNCTION IF EXISTS search_close_words(text[]);`;
