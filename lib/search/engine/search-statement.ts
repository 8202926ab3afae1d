import { readingPickSql, shapeConditions } from "./search-sql";
import { speakerTsquerySql } from "./speaker-lexeme";

/**
 * The order of episodes, for the page's LIMIT and again for its JSON (a window's row number
 * carried the order once: a second sort of every matching episode, 1–2 ms in PGlite). By
 * relevance, episodes whose best hits tie rank by their number of hits: ts_rank scores one
 * occurrence of a word alike in any sentence, so a one-word query tied nearly every episode
 * (all 444 of one shard's episodes for `market` at 1,000 hours), and the slug alone ordered them.
 */
const PAGE_ORDER = `
    CASE WHEN $8::text = 'relevance' THEN best END DESC,
    CASE WHEN $8::text = 'relevance' THEN total END DESC,
    CASE WHEN $8::text = 'newest' THEN published END DESC NULLS LAST,
    CASE WHEN $8::text = 'oldest' THEN published END ASC NULLS LAST,
    slug COLLATE "C"`;

/**
 * What a search statement is written for: the shard it reads, and which of the optional
 * conditions it has (a second condition, a list of episodes, a show or date filter, a speaker:
 * by the index's lexeme and the row's speaker, or, for a name too long for a lexeme
 * (hasSpeakerLexeme), the row's speaker alone).
 * Each shape is a statement of its own, holding only its own conditions (searchStatement).
 */
export interface SearchShape {
  shard: number;
  also: boolean;
  episodes: boolean;
  filters: boolean;
  speaker: false | "lexeme" | "name";
  /** Sorted by relevance (else by date): its page is cut from the episodes' scores first. */
  byRelevance: boolean;
  /**
   * Several readings of the query, tried in order (readingPickSql): the words' parameters are
   * lists, one item a reading, and the statement searches the first that finds something here.
   */
  readings: boolean;
}

/**
 * SQL: the page of episodes, in PAGE_ORDER, with what the page shows of each. By relevance, the
 * best (best, total) pairs are kept first, ties included (so none the slug would order onto the
 * page is lost), and only those are looked up, each by its key: joining every matching episode
 * built a hash of the whole library's episodes in every statement, 0.3–0.4 ms of a shard's
 * statement however few episodes matched. (OFFSET 0 keeps the lookup a lookup per episode.)
 * By date, every matching episode's date is needed, so all are joined.
 */
function pageSql(byRelevance: boolean): string {
  const matching = byRelevance
    ? `(SELECT * FROM ep ORDER BY best DESC, total DESC FETCH FIRST ($9::int + $10::int) ROWS WITH TIES) ep
  CROSS JOIN LATERAL (SELECT e.slug, e.title, e.show, e.published FROM search_episodes e
    WHERE e.id = ep.episode_id OFFSET 0) e`
    : "ep JOIN search_episodes e ON e.id = ep.episode_id";
  return `page AS (
  SELECT ep.*, e.slug, e.title, e.show, e.published
  FROM ${matching}
  ORDER BY ${PAGE_ORDER} LIMIT $9::int OFFSET $10::int
)`;
}

/*
 * The library search as one statement, the same on PGlite and PostgreSQL. Parameters, the same
 * in every shape (each is given a type in q, used or not):
 * $1 match and $13 (NULL or a second condition the match is ANDed with: ExpandedQuery.conditions),
 * $2 rank, $12 exact (tsquery texts; see ExpandedQuery), $3 phrase bonus (or NULL),
 * $4 show, $5 speaker, $6 from, $7 to (or NULL), $8 sort, $9 episodes per page, $10 offset,
 * $11 hits per episode (0: none), $14 the shard searched (search-schema.ts; each is asked apart,
 * and the answers merged: search-shards.ts), $15 NULL or the only episodes to search (ids).
 * With several readings (SearchShape.readings), $1, $13, $2, $12 and $3 are lists, an item a
 * reading, and q holds those of the reading picked (readingPickSql); the row says which (`reading`).
 *
 * Score: cover density of the reader's words but stopwords (so `attention` outweighs
 * `is all you`; the word as typed beats its forms and parts), a tenth of that of all of them
 * (stopwords break ties), plus 1 when the whole query stands as a phrase (the famous quote
 * ranked 6th without it). An episode ranks by its best hit, then by its number of hits.
 *
 * Every matching row is scored, so the cost per row is what a common word pays (5,000 rows at
 * 1,000 hours; PGlite runs ~2 µs a row just to read one). What is decided once is decided in q,
 * computed once (MATERIALIZED): the tsqueries parsed from their text, and which scoring applies:
 * - a one-word query ranks with one ts_rank_cd, not two (`exact` is `rank` then; 1.1 × the
 *   same value): a third of the scoring time; an empty `rank` or `exact` (no word of the query
 *   is in the library, as while a word is being typed) none at all;
 * - a `rank` of one lexeme (`q.one`) is scored by ts_rank instead. For one lexeme both grow
 *   with its occurrences in the row and with nothing else (checked on every row of `model`,
 *   `the`, `think` at 1,000 hours), so hits keep their order; but ts_rank_cd clears 32 KB per
 *   item of the query at every call (PostgreSQL's QueryRepresentationOperand, room for 16,384
 *   positions): 15 % of `modle`'s statement (perf). ts_rank also stays under the phrase bonus
 *   however often the word repeats (ts_rank_cd gives 0.1 an occurrence: 11 outranked the phrase).
 * A speaker filter is a lexeme of the index (speaker-lexeme.ts), a second condition on the GIN
 * index, which intersects it with the match, so only that speaker's hits are read; the row's
 * speaker is compared as well, exactly (and for names too long for a lexeme). Not ANDed into the
 * match: a match that came out empty would leave the lexeme alone, every line of the speaker.
 */
function writeSearchSql(shape: SearchShape): string {
  // A word parameter's text: itself, or its item of the reading picked.
  const [m, also, rank, exact, phrase] = [1, 13, 2, 12, 3].map((n) =>
    shape.readings ? `($${n}::text[])[pick.i]` : `$${n}::text`,
  );
  return `
WITH ${shape.readings ? readingPickSql(shape) : ""}q AS MATERIALIZED (
  SELECT ${m}::tsquery AS match, ${also}::tsquery AS also, ${speakerTsquerySql("$5::text")} AS speaker,
    ${rank}::tsquery AS rank, numnode(${rank}::tsquery) = 1 AS one, ${exact}::tsquery AS exact,
    coalesce(${phrase}, '')::tsquery AS phrase, ${phrase} IS NOT NULL AS phrased,
    ${exact} = ${rank} AS same, ${rank} = '' AS unranked, ${exact} = '' AS unexact,
    $14::smallint AS shard, $15::int[] AS episodes, $4::text AS show, $6::text AS since, $7::text AS until
  ${shape.readings ? "FROM pick" : ""}
),
m AS MATERIALIZED (
  SELECT d.episode_id, d.position,
    CASE WHEN q.same THEN 1.1 * CASE WHEN q.unranked THEN 0
        WHEN q.one THEN ts_rank(d.tsv_simple, q.rank) ELSE ts_rank_cd(d.tsv_simple, q.rank) END
      ELSE CASE WHEN q.unranked THEN 0 ELSE ts_rank_cd(d.tsv_simple, q.rank) END
        + CASE WHEN q.unexact THEN 0 ELSE 0.1 * ts_rank_cd(d.tsv_simple, q.exact) END END
      + CASE WHEN q.phrased AND d.tsv_simple @@ q.phrase THEN 1 ELSE 0 END AS score
  FROM q, search_documents d
  WHERE d.tsv_simple @@ q.match
    AND ${shapeConditions(shape)}
),
ep AS (SELECT episode_id, count(*)::int AS total, max(score) AS best FROM m GROUP BY episode_id),
${pageSql(shape.byRelevance)},
ranked AS (
  SELECT m.*, row_number() OVER (PARTITION BY m.episode_id ORDER BY m.score DESC, m.position) AS rn
  FROM m WHERE $11::int > 0 AND m.episode_id IN (SELECT episode_id FROM page)
)
SELECT
  (SELECT coalesce(sum(total), 0)::int FROM ep) AS total,
  (SELECT count(*)::int FROM ep) AS episodes,
  (SELECT coalesce(json_agg(json_build_object('id', episode_id, 'slug', slug, 'title', title,
     'show', show, 'published', published, 'total', total, 'best', best) ORDER BY ${PAGE_ORDER}), '[]'::json) FROM page) AS page,
  (SELECT coalesce(json_agg(json_build_object('episode', r.episode_id, 'id', d.doc_id, 'kind', d.kind,
     'text', d.text, 'start', d.start_s, 'end', d.end_s, 'speaker', d.speaker, 'section', d.section)
     ORDER BY r.episode_id, r.rn), '[]'::json)
   FROM ranked r JOIN search_documents d ON d.episode_id = r.episode_id AND d.position = r.position
   WHERE r.rn <= $11::int) AS hits${shape.readings ? ",\n  (SELECT i - 1 FROM pick)::int AS reading" : ""}`;
}

/** Each shape's statement, by its name: written once per process. */
const written = new Map<string, { sql: string; name: string }>();

/** Its name opens each statement, so that a statement says what it is (searchStatementName). */
const NAMED = /^\/\* (episode_explorer_search_\w+) \*\//;

/**
 * The search statement of `shape` and the name it is prepared under. One plan serves every search
 * of a shape (plan_cache_mode = force_generic_plan where it runs: pg-client.ts,
 * pglite-named-statements.ts): planning the whole statement for each search's values took ~0.5 ms
 * of each shard's statement on a server, a fifth of a common word's (`market`: 2.8 ms run, 0.47
 * planning). A plan for any values is only as good as what it cannot leave out, so each shape
 * holds its own conditions and no other, and names its shard as a constant, which the planner
 * matches to that shard's index (`shard = k`); a plan made for a parameter there, and for
 * optional conditions (`$13 IS NULL OR …`), read the whole table for `cust`. The values decided
 * once (tsqueries parsed, which scoring applies) are q's, computed once and read by every row:
 * as parameters in a plan for any values, they were parsed again at every row (`modle`: 7.4 →
 * 8.1 ms a statement).
 */
export function searchStatement(shape: SearchShape): { sql: string; name: string } {
  if (!Number.isInteger(shape.shard) || shape.shard < 0) throw new RangeError(`No shard ${shape.shard}.`);
  if (shape.readings && (shape.also || shape.episodes))
    throw new RangeError("Several readings take their second conditions as a list, and no list of episodes.");
  const flags = [
    shape.also && "a",
    shape.episodes && "e",
    shape.filters && "f",
    shape.speaker && shape.speaker[0],
    !shape.byRelevance && "d",
    shape.readings && "r",
  ]
    .filter(Boolean)
    .join("");
  const name = `episode_explorer_search_${shape.shard}${flags ? `_${flags}` : ""}`;
  const found = written.get(name);
  if (found) return found;
  const statement = { sql: `/* ${name} */${writeSearchSql(shape)}`, name };
  written.set(name, statement);
  return statement;
}

/** The name `sql` is prepared under, when it is a search statement (searchStatement). */
export const searchStatementName = (sql: string): string | undefined => NAMED.exec(sql)?.[1];
