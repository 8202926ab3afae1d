import type { SearchShape } from "./search-statement";
import { speakerTsquerySql } from "./speaker-lexeme";

// Pieces of the search statement (search-statement.ts), and the statement of the filters' choices.

/**
 * SQL: the conditions of `shape` a row `d` must meet besides the match (`q`: the values; a
 * reading's second condition may be NULL when there are several).
 */
export function shapeConditions(
  { shard, also, episodes, filters, speaker, readings }: SearchShape,
  q = "q",
): string {
  return [
    `d.shard = ${shard}::smallint`,
    also && `d.tsv_simple @@ ${q}.also`,
    readings && `(${q}.also IS NULL OR d.tsv_simple @@ ${q}.also)`,
    episodes && "d.episode_id = ANY($15::int[])",
    speaker && "d.speaker = $5::text",
    speaker === "lexeme" && `d.tsv_simple @@ ${q}.speaker`,
    filters &&
      `d.episode_id IN (SELECT e.id FROM search_episodes e WHERE ($4::text IS NULL OR e.show = $4::text)
        AND ($6::text IS NULL OR e.published >= $6::text) AND ($7::text IS NULL OR e.published <= $7::text))`,
  ]
    .filter(Boolean)
    .join("\n    AND ");
}

/**
 * SQL: which of several readings of a query (their matches in $1, second conditions in $13) is
 * the first to find something on this shard with the query's filters, as `pick.i` (from 1; 0 for
 * none, whose items are NULL: no row matches). Each EXISTS stops at its first row. A reading
 * found first on another shard finds nothing here (else this shard would pick it), so the shards'
 * answers for the earliest reading any picked are the whole answer (search-shards.ts). Asked in
 * the search statement, not before it: one round trip less for a query that found nothing as typed.
 */
export function readingPickSql(shape: SearchShape): string {
  return `pick AS MATERIALIZED (
  SELECT coalesce((SELECT r.i FROM unnest($1::text[], $13::text[]) WITH ORDINALITY AS r(match, also, i)
    CROSS JOIN LATERAL (SELECT r.match::tsquery AS match, r.also::tsquery AS also,
      ${speakerTsquerySql("$5::text")} AS speaker) w
    WHERE EXISTS (SELECT 1 FROM search_documents d WHERE d.tsv_simple @@ w.match AND ${shapeConditions(shape, "w")})
    ORDER BY r.i LIMIT 1), 0)::int AS i
),
`;
}

export const FACETS_SQL = `
SELECT
  (SELECT coalesce(json_agg(json_build_object('name', show, 'episodes', n)), '[]'::json)
   FROM (SELECT show, count(*)::int AS n FROM search_episodes WHERE show IS NOT NULL GROUP BY show) s) AS shows,
  (SELECT coalesce(json_agg(json_build_object('name', name, 'episodes', n)), '[]'::json)
   FROM (SELECT name, count(*)::int AS n FROM search_episodes, unnest(speakers) AS name GROUP BY name) s) AS speakers,
  (SELECT min(published) FROM search_episodes) AS first,
  (SELECT max(published) FROM search_episodes) AS last`;
