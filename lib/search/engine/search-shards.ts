import type { ExpandedQuery } from "./expand-query";
import { EPISODES_PER_RESULTS_PAGE, HITS_PER_EPISODE, type LibraryQuery } from "./library-query";
import { mergeShardResults, NO_SEARCH_ROW, type SearchRow } from "./merge-shard-results";
import { shardList } from "./search-schema";
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

/** A reading of the query as searched: its match, ranking and phrase (ExpandedQuery). */
export type SearchedReading = AskedWords & Pick<ExpandedQuery, "rank" | "exact" | "phrase">;

/**
 * The words' parameters of the search statement: match, second condition, rank, exact, phrase.
 * Of one reading, its values; of several, lists of them, one item a reading (SearchShape.readings).
 */
function wordValues(readings: readonly SearchedReading[]): unknown[] {
  const values = readings.map((r) => [...conditionPair(r), r.rank, r.exact, r.phrase]);
  return readings.length === 1 ? (values[0] ?? []) : [0, 1, 2, 3, 4].map((k) => values.map((v) => v[k]));
}

/** The search statement's parameters, in its order, for this query and its readings, on one shard. */
function searchParams(query: LibraryQuery, readings: readonly SearchedReading[], ask: ShardAsk): unknown[] {
  const [match, also, rank, exact, phrase] = wordValues(readings);
  return [
    match,
    rank,
    phrase,
    query.show ?? null,
    query.speaker ?? null,
    query.from ?? null,
    query.to ?? null,
    query.sort,
    ask.limit,
    ask.offset,
    ask.hits,
    exact,
    also,
    ask.shard,
    ask.episodes ?? null,
  ];
}

/** The shape of the search statement (searchStatement) that searchParams' values ask for. */
function shapeOf(query: LibraryQuery, readings: readonly SearchedReading[], ask: ShardAsk): SearchShape {
  const several = readings.length > 1;
  return {
    shard: ask.shard,
    also: !several && readings.some((r) => conditionPair(r)[1] !== null),
    episodes: ask.episodes !== undefined,
    filters: [query.show, query.from, query.to].some((value) => value != null),
    speaker: query.speaker == null ? false : hasSpeakerLexeme(query.speaker) ? "lexeme" : "name",
    byRelevance: query.sort === "relevance",
    readings: several,
  };
}

/**
 * The shards' answers for the first reading any shard found something with (SearchRow.reading,
 * see readingPickSql): a shard that picked a later one has nothing for it. Of one reading, as they are.
 */
function keepFirstReading(rows: readonly SearchRow[]): { rows: SearchRow[]; reading: number } {
  const picked = rows.map((row) => row.reading ?? 0).filter((at) => at >= 0);
  const reading = picked.length > 0 ? Math.min(...picked) : -1;
  return { rows: rows.map((row) => ((row.reading ?? 0) === reading ? row : NO_SEARCH_ROW)), reading };
}

/** What searchShards found, and with which of the readings asked (-1: none found anything). */
export type ShardsAnswer = SearchRow & { reading: number };

/**
 * The search on every shard at once (on a server, each on connections of its own), merged
 * (merge-shard-results.ts), with the first of `readings` that finds something (one reading: that
 * one). One shard gives the page as asked. With more, the first page is one
 * statement per shard, each giving its best episodes and their hits. A later page is two: any
 * of a shard's episodes up to the page's end may be on it, so each first gives those without
 * hits, and once the merge has cut the page out, the hits of its episodes only (one shard's
 * hits for the episodes of page 60 of `cust`, in one go: 33 ms against 10 for the first page),
 * with the reading found.
 */
export async function searchShards(
  client: SqlClient,
  query: LibraryQuery,
  readings: readonly SearchedReading[],
): Promise<ShardsAnswer> {
  const take = EPISODES_PER_RESULTS_PAGE;
  const skip = (query.page - 1) * take;
  const ask = async (a: ShardAsk, asked = readings) => {
    const { sql } = searchStatement(shapeOf(query, asked, a));
    const rows = await client.forShard(a.shard).query<SearchRow>(sql, searchParams(query, asked, a));
    return rows[0] ?? NO_SEARCH_ROW;
  };
  const shards = shardList(client.shards);
  const order = { sort: query.sort, skip, take };
  if (skip === 0 || client.shards === 1) {
    const all = await Promise.all(
      shards.map((shard) => ask({ shard, limit: take, offset: skip, hits: HITS_PER_EPISODE })),
    );
    const { rows, reading } = keepFirstReading(all);
    return { ...mergeShardResults(rows, { ...order, skip: 0 }), reading };
  }
  const all = await Promise.all(
    shards.map((shard) => ask({ shard, limit: skip + take, offset: 0, hits: 0 })),
  );
  const { rows, reading } = keepFirstReading(all);
  const merged = mergeShardResults(rows, order);
  const onPage = new Set(merged.page.map((episode) => episode.id));
  const found = readings.slice(Math.max(0, reading), Math.max(0, reading) + 1);
  const withHits = await Promise.all(
    rows.map((row, shard) => {
      const episodes = row.page.filter((episode) => onPage.has(episode.id)).map((episode) => episode.id);
      return episodes.length === 0
        ? NO_SEARCH_ROW
        : ask({ shard, limit: take, offset: 0, hits: HITS_PER_EPISODE, episodes }, found);
    }),
  );
  return { ...merged, hits: withHits.flatMap((row) => row.hits), reading };
}
