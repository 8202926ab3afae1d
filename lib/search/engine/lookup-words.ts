import { matchTerm } from "../term-match";
import type { SqlClient } from "./sql-client";

/** What the library's vocabulary says about the query's words (see LOOKUP). */
export interface WordFacts {
  /** Words of the library among those asked. */
  known: Set<string>;
  /** Per asked word: the other forms of it the library has (`models` → `model`, `modeling`). */
  forms: Map<string, string[]>;
  /**
   * Per asked word: the library's words that contain it (`gpt` → `chatgpt`), most common first.
   * Not for stopwords: `all` in `really`, `usually`… only slowed the query (GIN unions them all).
   */
  parts: Map<string, string[]>;
  /**
   * Asked beginnings that some word of the library begins with, each with those words (but
   * itself) in byte order: all of them up to MAX_COMPLETIONS, one more when there are more.
   */
  begins: Map<string, string[]>;
  /** Asked forms-words that are English stopwords (`is`, `all`): they do not rank. */
  stopwords: Set<string>;
  /**
   * Per asked close-word that the library has in no way above (not as itself, its forms, words
   * containing it or beginning with it: a typo, most likely), its trigram neighbours with their
   * similarity, most similar first (see CLOSE; rankCloseWords picks among them).
   */
  close: Map<string, Neighbour[]>;
}

/** A word of the library near an asked word, with pg_trgm's similarity of the two. */
export interface Neighbour {
  word: string;
  sim: number;
}

/** Longer words containing a typed word, at most this many (the most common): `the` is in hundreds. */
const MAX_PARTS = 30;
/** Words of the library beginning with a typed word that a query lists one by one (expand-query.ts). */
export const MAX_COMPLETIONS = 64;

/** `item` appended to `key`'s list in `map`. */
const append = <T>(map: Map<string, T[]>, key: string, item: T) =>
  map.set(key, [...(map.get(key) ?? []), item]);

/** Trigram neighbours looked at per word, and close words kept. */
const MAX_NEIGHBOURS = 10;
const MAX_CANDIDATES = 3;
const SIMILARITY = 0.2;
/** SQL: the library's closest words to the text expression `asked`, with their similarity. */
const neighbours = (asked: string) => `
  SELECT w.word, similarity(w.word, ${asked}) AS sim FROM search_words w
  JOIN search_word_counts n ON n.word = w.word WHERE w.word % ${asked}
  ORDER BY sim DESC, n.episodes DESC, w.word COLLATE "C" LIMIT ${MAX_NEIGHBOURS}`;
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
    WHERE w.word LIKE '%' || q.t || '%' AND w.word <> q.t
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

/**
 * Looks up, in one query: which of `exact` are words of the library, the other forms of
 * `forms` (and which are stopwords), the longer words containing each of `parts`, the words each
 * of `begins` starts, and the trigram neighbours of each of `close` that none of these found.
 */
export async function lookupWords(
  db: SqlClient,
  ask: { exact: string[]; forms: string[]; parts: string[]; begins: string[]; close: string[] },
): Promise<WordFacts> {
  const lists = [ask.exact, ask.forms, ask.parts, ask.begins, ask.close].map((list) => [...new Set(list)]);
  const rows = await db.query<{ k: string; asked: string; word: string; sim: number | null }>(
    "SELECT * FROM search_lookup_words($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])",
    lists,
  );
  const facts: WordFacts = {
    known: new Set(),
    forms: new Map(),
    parts: new Map(),
    begins: new Map(),
    stopwords: new Set(),
    close: new Map(),
  };
  for (const { k, asked, word, sim } of rows) {
    if (k === "known") facts.known.add(word);
    else if (k === "form") append(facts.forms, asked, word);
    else if (k === "part") append(facts.parts, asked, word);
    else if (k === "begins") append(facts.begins, asked, word);
    else if (k === "stop") facts.stopwords.add(asked);
    else append(facts.close, asked, { word, sim: Number(sim) });
  }
  return facts;
}

/**
 * For each word the library lacks, its closest words: pg_trgm's neighbours (similarity ≥ 0.2,
 * not its default 0.3: two swapped letters, `soruce`, share only 3 of 7 trigrams with `source`;
 * the most similar, then the most common first) that are also within the
 * in-page search's typo distance (term-match: 1 typo up to 6 letters, then 2), so `into` does
 * not become `in`. The fewest typos win (`statring` is `starting` with two letters swapped, one
 * typo, though a made-up `statrisu`, two, shares more trigrams); of those, up to MAX_CANDIDATES
 * nearly as similar as the best are kept, leaving out those `tried` already.
 */
export function rankCloseWords(
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
  tried?: (asked: string, word: string) => boolean,
): Map<string, string[]> {
  const ranked = new Map<string, string[]>();
  for (const [asked, list] of neighbours) {
    const typed = list
      .map((n) => ({ ...n, quality: matchTerm(asked, n.word, false) }))
      .filter((n) => n.quality > 0 && !tried?.(asked, n.word))
      // Fewest typos first (a swap is one), then the most similar (the neighbours' order is kept).
      .sort((a, b) => b.quality - a.quality);
    const best = typed[0];
    if (!best) continue;
    const close = typed.filter((c) => c.quality === best.quality && c.sim >= best.sim - 0.1);
    ranked.set(
      asked,
      close.slice(0, MAX_CANDIDATES).map((c) => c.word),
    );
  }
  return ranked;
}

/** The close words (rankCloseWords) of `words`, looked up on their own. */
export async function closeWords(
  db: SqlClient,
  words: string[],
  tried?: (asked: string, word: string) => boolean,
): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const rows = await db.query<{ asked: string; word: string; sim: number }>(
    "SELECT * FROM search_close_words($1::text[])",
    [words],
  );
  const neighbours = new Map<string, Neighbour[]>();
  for (const row of rows) append(neighbours, row.asked, { word: row.word, sim: Number(row.sim) });
  return rankCloseWords(neighbours, tried);
}

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
 */
export const LOOKUP_FUNCTIONS = `
CREATE FUNCTION search_lookup_words(text[], text[], text[], text[], text[])
  RETURNS TABLE (k text, asked text, word text, sim real)
  LANGUAGE sql STABLE SET enable_seqscan = off SET pg_trgm.similarity_threshold = ${SIMILARITY}
  AS $lookup$ ${LOOKUP} $lookup$;
CREATE FUNCTION search_close_words(text[])
  RETURNS TABLE (asked text, word text, sim real)
  LANGUAGE sql STABLE SET enable_seqscan = off SET pg_trgm.similarity_threshold = ${SIMILARITY}
  AS $close$ ${CLOSE} $close$;`;

export const DROP_LOOKUP_FUNCTIONS = `
DROP FUNCTION IF EXISTS search_lookup_words(text[], text[], text[], text[]);
DROP FUNCTION IF EXISTS search_lookup_words(text[], text[], text[], text[], text[]);
DROP FUNCTION IF EXISTS search_close_words(text[]);`;
