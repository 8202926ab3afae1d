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
 * SQL: whether the row `d` is one a search reads besides its words: on the shard asked, said by
 * the speaker asked (`speakerQuery`: that speaker's lexeme as a tsquery, or NULL), in an episode
 * of the show and dates asked. Each is a parameter's place; a NULL one asks for no filter.
 */
const passesFilters = (p: Record<"shard" | "show" | "speaker" | "speakerQuery" | "from" | "to", string>) => `
    d.shard = ${p.shard}::smallint
    AND (${p.speaker}::text IS NULL OR d.speaker = ${p.speaker}::text)
    AND (${p.speakerQuery} IS NULL OR d.tsv_simple @@ ${p.speakerQuery})
    AND (${p.show}::text IS NULL AND ${p.from}::text IS NULL AND ${p.to}::text IS NULL OR d.episode_id IN (
      SELECT e.id FROM search_episodes e WHERE (${p.show}::text IS NULL OR e.show = ${p.show}::text)
        AND (${p.from}::text IS NULL OR e.published >= ${p.from}::text)
        AND (${p.to}::text IS NULL OR e.published <= ${p.to}::text)))`;

/*
 * The library search as one statement, the same on PGlite and PostgreSQL. Parameters:
 * $1 match and $13 (NULL or a second condition the match is ANDed with: ExpandedQuery.conditions),
 * $2 rank, $12 exact (tsquery texts; see ExpandedQuery), $3 phrase bonus (or NULL),
 * $4 show, $5 speaker, $6 from, $7 to (or NULL), $8 sort, $9 episodes per page, $10 offset,
 * $11 hits per episode (0: none), $14 the shard searched (search-schema.ts; each is asked apart,
 * and the answers merged: search-shards.ts), $15 NULL or the only episodes to search (ids).
 *
 * Score: cover density of the reader's words but stopwords (so `attention` outweighs
 * `is all you`; the word as typed beats its forms and parts), a tenth of that of all of them
 * (stopwords break ties), plus 1 when the whole query stands as a phrase (the famous quote
 * ranked 6th without it). An episode ranks by its best hit, then by its number of hits.
 *
 * Every matching row is scored, so the cost per row is what a common word pays (5,000 rows at
 * 1,000 hours; PGlite runs ~2 µs a row just to read one). Two things are not done per row when
 * not needed, both decided once when the statement is planned with its values:
 * - a one-word query ranks with one ts_rank_cd, not two (`exact` is `rank` then; 1.1 × the
 *   same value): a third of the scoring time; an empty `rank` or `exact` (no word of the query
 *   is in the library, as while a word is being typed) none at all;
 * - a `rank` of one lexeme (`q.one`) is scored by ts_rank instead. For one lexeme both grow
 *   with its occurrences in the row and with nothing else (checked on every row of `model`,
 *   `the`, `think` at 1,000 hours), so hits keep their order; but ts_rank_cd clears 32 KB per
 *   item of the query at every call (PostgreSQL's QueryRepresentationOperand, room for 16,384
 *   positions): 15 % of `modle`'s statement (perf). ts_rank also stays under the phrase bonus
 *   however often the word repeats (ts_rank_cd gives 0.1 an occurrence: 11 outranked the phrase);
 * - without a show or date filter no row is joined to its episode (a hash probe per hit).
 * A speaker filter is a lexeme of the index (speaker-lexeme.ts), a second condition on the GIN
 * index, which intersects it with the match, so only that speaker's hits are read; the row's
 * speaker is compared as well, exactly (and for names too long for a lexeme). Not ANDed into the
 * match: a match that came out empty would leave the lexeme alone, every line of the speaker.
 */
export const SEARCH_SQL = `
WITH q AS (
  SELECT $1::text::tsquery AS match, ${speakerTsquerySql("$5::text")} AS speaker,
    $2::text::tsquery AS rank, numnode($2::text::tsquery) = 1 AS one,
    $12::text::tsquery AS exact, coalesce($3::text, '')::tsquery AS phrase
),
m AS MATERIALIZED (
  SELECT d.episode_id, d.position,
    CASE WHEN $12::text = $2::text THEN 1.1 * CASE WHEN $2::text = '' THEN 0
        WHEN q.one THEN ts_rank(d.tsv_simple, q.rank) ELSE ts_rank_cd(d.tsv_simple, q.rank) END
      ELSE CASE WHEN $2::text = '' THEN 0 ELSE ts_rank_cd(d.tsv_simple, q.rank) END
        + CASE WHEN $12::text = '' THEN 0 ELSE 0.1 * ts_rank_cd(d.tsv_simple, q.exact) END END
      + CASE WHEN $3::text IS NOT NULL AND d.tsv_simple @@ q.phrase THEN 1 ELSE 0 END AS score
  FROM q, search_documents d
  WHERE d.tsv_simple @@ q.match AND ($13::text IS NULL OR d.tsv_simple @@ $13::text::tsquery)
    AND ($15::int[] IS NULL OR d.episode_id = ANY($15::int[]))
    AND ${passesFilters({ shard: "$14", show: "$4", speaker: "$5", speakerQuery: "q.speaker", from: "$6", to: "$7" })}
),
ep AS (SELECT episode_id, count(*)::int AS total, max(score) AS best FROM m GROUP BY episode_id),
page AS (
  SELECT ep.*, e.slug, e.title, e.show, e.published
  FROM ep JOIN search_episodes e ON e.id = ep.episode_id
  ORDER BY ${PAGE_ORDER} LIMIT $9::int OFFSET $10::int
),
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
   WHERE r.rn <= $11::int) AS hits`;

/**
 * SQL: which of `readings` readings of a query (ExpandedQuery) is the first to find something on
 * one shard, or NULL (search-readings.ts). Parameters: $1 show, $2 speaker, $3 from, $4 to, $5 the
 * shard (as SEARCH_SQL's), then each reading's match and second condition (or NULL). CASE asks
 * its EXISTS in order and stops at the first true, and each stops at its first row: a reading
 * whose words no document says together reads no row at all, only the GIN index.
 */
export function firstFindingSql(readings: number): string {
  const filters = passesFilters({
    shard: "$5",
    show: "$1",
    speaker: "$2",
    speakerQuery: speakerTsquerySql("$2::text"),
    from: "$3",
    to: "$4",
  });
  const finds = Array.from({ length: readings }, (_, i) => {
    const [match, also] = [`$${6 + 2 * i}`, `$${7 + 2 * i}`];
    return `WHEN EXISTS (SELECT 1 FROM search_documents d WHERE d.tsv_simple @@ ${match}::text::tsquery
      AND (${also}::text IS NULL OR d.tsv_simple @@ ${also}::text::tsquery) AND ${filters}) THEN ${i}`;
  });
  return `SELECT CASE ${finds.join("\n  ")} END AS found`;
}

export const FACETS_SQL = `
SELECT
  (SELECT coalesce(json_agg(json_build_object('name', show, 'episodes', n)), '[]'::json)
   FROM (SELECT show, count(*)::int AS n FROM search_episodes WHERE show IS NOT NULL GROUP BY show) s) AS shows,
  (SELECT coalesce(json_agg(json_build_object('name', name, 'episodes', n)), '[]'::json)
   FROM (SELECT name, count(*)::int AS n FROM search_episodes, unnest(speakers) AS name GROUP BY name) s) AS speakers,
  (SELECT min(published) FROM search_episodes) AS first,
  (SELECT max(published) FROM search_episodes) AS last`;
