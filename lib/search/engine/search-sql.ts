import { speakerTsquerySql } from "./speaker-lexeme";

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

/**
 * SQL: which of `readings` readings of a query (ExpandedQuery) is the first to find something on
 * one shard, or NULL (search-readings.ts). Parameters: $1 show, $2 speaker, $3 from, $4 to, $5 the
 * shard (as the search statement's: search-statement.ts), then each reading's match and second condition (or NULL). CASE asks
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
