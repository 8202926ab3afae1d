import type { ExpandedQuery } from "./expand-query";
import { EPISODES_PER_RESULTS_PAGE, HITS_PER_EPISODE, type LibraryQuery } from "./library-query";
import { mergeShardResults, NO_SEARCH_ROW, type SearchRow } from "./merge-shard-results";
import { shardList } from "./search-schema";
import { firstFindingSql } from "./search-sql";
import { searchStatement, type SearchShape } from "./search-statement";
import { hasSpeakerLexeme } from "./speaker-lexeme";
import type { SqlClient } from "./sql-client";

/** What one shard is asked: its episodes from `offset`, at most `limit`, with `hits` each (0: none). */
interface ShardAsk {
  shard: number;
  limit: number;
  offset: number;
  hits: number;
  /** Only these episodes (their hits, once the page is known), or all. */
  episodes?: number[];
}

/** A reading's match as the index is asked it: its first condition, and the second (or null). */
type AskedWords = Pick<ExpandedQuery, "conditions"> & { match: string };
const conditionPair = ({ match, conditions }: AskedWords): [string, string | null] => [
  conditions[0] ?? match,
  conditions[1] ?? null,
];

/** The search statement's parameters, in its order, for this query and its expansion, on one shard. */
function searchParams(
  query: LibraryQuery,
  expanded: ExpandedQuery & { match: string },
  ask: ShardAsk,
): unknown[] {
  const [match, also] = conditionPair(expanded);
  return [
    match,
    expanded.rank,
    expanded.phrase,
    query.show ?? null,
    query.speaker ?? null,
    query.from ?? null,
    query.to ?? null,
    query.sort,
    ask.limit,
    ask.offset,
    ask.hits,
    expanded.exact,
    also,
    ask.shard,
    ask.episodes ?? null,
  ];
}

/** The shape of the search statement (searchStatement) that searchParams' values ask for. */
function shapeOf(query: LibraryQuery, expanded: AskedWords, ask: ShardAsk): SearchShape {
  return {
    shard: ask.shard,
    also: conditionPair(expanded)[1] !== null,
    episodes: ask.episodes !== undefined,
    filters: [query.show, query.from, query.to].some((value) => value != null),
    speaker: query.speaker == null ? false : hasSpeakerLexeme(query.speaker) ? "lexeme" : "name",
    byRelevance: query.sort === "relevance",
  };
}

/**
 * The search on every shard at once (on a server, each on connections of its own), merged
 * (merge-shard-results.ts). One shard gives the page as asked. With more, the first page is one
 * statement per shard, each giving its best episodes and their hits. A later page is two: any
 * of a shard's episodes up to the page's end may be on it, so each first gives those without
 * hits, and once the merge has cut the page out, the hits of its episodes only (one shard's
 * hits for the episodes of page 60 of `cust`, in one go: 33 ms against 10 for the first page).
 */
export async function searchShards(
  client: SqlClient,
  query: LibraryQuery,
  expanded: ExpandedQuery & { match: string },
): Promise<SearchRow> {
  const take = EPISODES_PER_RESULTS_PAGE;
  const skip = (query.page - 1) * take;
  const ask = async (a: ShardAsk) => {
    const { sql } = searchStatement(shapeOf(query, expanded, a));
    const rows = await client.forShard(a.shard).query<SearchRow>(sql, searchParams(query, expanded, a));
    return rows[0] ?? NO_SEARCH_ROW;
  };
  if (client.shards === 1) return ask({ shard: 0, limit: take, offset: skip, hits: HITS_PER_EPISODE });
  const shards = shardList(client.shards);
  const order = { sort: query.sort, skip, take };
  if (skip === 0) {
    const rows = await Promise.all(
      shards.map((shard) => ask({ shard, limit: take, offset: 0, hits: HITS_PER_EPISODE })),
    );
    return mergeShardResults(rows, order);
  }
  const rows = await Promise.all(
    shards.map((shard) => ask({ shard, limit: skip + take, offset: 0, hits: 0 })),
  );
  const merged = mergeShardResults(rows, order);
  const onPage = new Set(merged.page.map((episode) => episode.id));
  const withHits = await Promise.all(
    rows.map((row, shard) => {
      const episodes = row.page.filter((episode) => onPage.has(episode.id)).map((episode) => episode.id);
      return episodes.length === 0
        ? NO_SEARCH_ROW
        : ask({ shard, limit: take, offset: 0, hits: HITS_PER_EPISODE, episodes });
    }),
  );
  return { ...merged, hits: withHits.flatMap((row) => row.hits) };
}

/**
 * Which of `readings` (of the query, its filters kept) is the first that finds something in the
 * library, or undefined: one statement per shard, all at once (firstFindingSql), the first of
 * their answers.
 *
 * They run on the connections of the word lookups, not on the shards' own: a shard's backend ran
 * its search statement 0.9 ms slower after this one had run there once (PostgreSQL 15, 1,000
 * hours, `hugging fase`'s: 0.56 → 1.46 ms a statement, from ~4 to ~76 page faults each, and so
 * it stayed), where the lookups' backends ran their lookup as before.
 */
export async function findFirstReading(
  client: SqlClient,
  query: LibraryQuery,
  readings: readonly AskedWords[],
): Promise<number | undefined> {
  const words = readings.flatMap(conditionPair);
  const filters = [query.show ?? null, query.speaker ?? null, query.from ?? null, query.to ?? null];
  const sql = firstFindingSql(readings.length);
  const found = await Promise.all(
    shardList(client.shards).map(
      async (shard) =>
        (await client.query<{ found: number | null }>(sql, [...filters, shard, ...words]))[0]?.found ??
        undefined,
    ),
  );
  const first = Math.min(...found.map((at) => at ?? Infinity));
  return Number.isFinite(first) ? first : undefined;
}
