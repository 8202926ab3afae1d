import { findMatchRanges, type FormsFound } from "../find-match-ranges";
import type { IsWord } from "../term-match";
import { expandQuery, type ExpandedQuery } from "./expand-query";
import {
  EPISODES_PER_RESULTS_PAGE,
  type LibraryEpisodeHits,
  type LibraryHit,
  type LibraryQuery,
  type LibrarySearch,
  type LibrarySearchResult,
  type SearchFacets,
} from "./library-query";
import type { HitRow, SearchRow } from "./merge-shard-results";
import { parseLibraryQuery } from "../parse-library-query";
import { searchShards } from "./search-shards";
import { settleCorrections } from "./settle-corrections";
import { FACETS_SQL } from "./search-sql";
import type { SqlClient } from "./sql-client";

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function emptyResult(
  page: number,
  corrections: LibrarySearchResult["corrections"] = [],
): LibrarySearchResult {
  return { total: 0, totalEpisodes: 0, page, pageCount: 1, episodes: [], corrections };
}

/** How a hit's text is marked: the words beside its parts, each word's forms found (findMatchRanges). */
interface MarkWords {
  vocabulary: IsWord;
  forms: FormsFound;
}

function toHit(row: HitRow, markQuery: string, words: MarkWords): LibraryHit {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    marks: findMatchRanges(row.text, markQuery, words.vocabulary, words.forms),
    start: orUndefined(row.start),
    end: orUndefined(row.end),
    speaker: orUndefined(row.speaker),
    section: orUndefined(row.section),
  };
}

/**
 * `client` remembering its answers for one search: every reading of a query asks the same word
 * lookups (expandQuery), and only the searches themselves (searchShards: forShard) differ.
 */
function rememberLookups(client: SqlClient): SqlClient {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    ...client,
    query: <T>(sql: string, params: readonly unknown[] = []) => {
      const key = JSON.stringify([sql, params]);
      const answer = answers.get(key) ?? client.query<T>(sql, params);
      answers.set(key, answer);
      return answer as Promise<T[]>;
    },
  };
}

/** A reading of the query, and what the search found with it (no row: nothing can match). */
interface Reading {
  expanded: ExpandedQuery;
  row?: SearchRow;
}

/** Round `k` of other readings: each corrected word read as its k-th other close word, if it has one. */
function picksOf(others: ExpandedQuery["otherCorrections"], k: number): Map<string, string> | undefined {
  const picks = others.flatMap(([word, list]) => (list[k] ? [[word, list[k]] as const] : []));
  return picks.length > 0 ? new Map(picks) : undefined;
}

/**
 * The first reading of the query that finds something: as typed; strictly (perhaps a typo that
 * happens to be a form or part of a word); then with each corrected word read as its next close
 * words in turn (`hugging fase`: `fast` is the closest to `fase`, but only `face` is said with
 * `hugging`). Each further reading costs one search, and only when the last found nothing.
 * Finding nothing at all, the first reading.
 */
async function searchReadings(client: SqlClient, query: LibraryQuery): Promise<Reading> {
  const parsed = parseLibraryQuery(query.text);
  const db = rememberLookups(client);
  const search = async (expanded: ExpandedQuery): Promise<Reading> => ({
    expanded,
    row: expanded.match ? await searchShards(db, query, { ...expanded, match: expanded.match }) : undefined,
  });
  const first = await search(await expandQuery(db, parsed));
  if (first.row?.total) return first;
  let [last, strict] = [first.expanded, false];
  if (first.expanded.strictDiffers) {
    [last, strict] = [await expandQuery(db, parsed, { strict: true }), true];
    const again = last.match && last.match !== first.expanded.match ? await search(last) : undefined;
    if (again?.row?.total) return again;
  }
  for (let k = 0; ; k++) {
    const pick = picksOf(last.otherCorrections, k);
    if (!pick) return first;
    const other = await search(await expandQuery(db, parsed, { strict, pick }));
    if (other.row?.total) return other;
  }
}

async function runSearch(client: SqlClient, query: LibraryQuery): Promise<LibrarySearchResult> {
  const { expanded, row } = await searchReadings(client, query);
  if (!row || !expanded.match) return emptyResult(query.page, expanded.corrections);
  const { corrections, markQuery } = settleCorrections(
    expanded,
    row.hits.map((hit) => hit.text),
  );
  const hits = new Map<number, LibraryHit[]>();
  const [sides, forms] = [
    new Set(expanded.partSides),
    new Map(expanded.forms.map(([w, f]) => [w, new Set(f)])),
  ];
  const words: MarkWords = {
    vocabulary: (word) => sides.has(word),
    forms: (queryWord, word) => forms.get(queryWord)?.has(word) ?? false,
  };
  for (const hit of row.hits)
    hits.set(hit.episode, [...(hits.get(hit.episode) ?? []), toHit(hit, markQuery, words)]);
  const episodes = row.page.map((e): LibraryEpisodeHits => ({
    slug: e.slug,
    title: e.title,
    show: orUndefined(e.show),
    published: orUndefined(e.published),
    total: e.total,
    hits: hits.get(e.id) ?? [],
  }));
  return {
    total: row.total,
    totalEpisodes: row.episodes,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(row.episodes / EPISODES_PER_RESULTS_PAGE)),
    episodes,
    corrections,
  };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Whether the engine refused the query itself (its text, not the database): a syntax error
 * (42601), bad data such as a word too long for a tsquery (class 22), a program limit such as
 * a query too complex (class 54). Anything else — a missing table, a broken index, a lost
 * connection — is the server's problem and must not read as "no matches".
 */
export function isRejectedQuery(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && (code === "42601" || code.startsWith("22") || code.startsWith("54"));
}

/**
 * The library search over an indexed database (see ensureSearchSchema, indexEpisodes). A query
 * the engine rejects gives no hits; an unreachable server rejects with a SearchUnavailableError;
 * any other failure rejects as it is (the page logs it and says the search failed).
 */
export function createLibrarySearch(client: SqlClient): LibrarySearch {
  return {
    async search(query) {
      try {
        return await runSearch(client, query);
      } catch (error) {
        if (isRejectedQuery(error)) return emptyResult(query.page);
        throw error;
      }
    },
    async facets(): Promise<SearchFacets> {
      const [row] = await client.query<{
        shows: SearchFacets["shows"];
        speakers: SearchFacets["speakers"];
        first: string | null;
        last: string | null;
      }>(FACETS_SQL);
      return {
        shows: [...(row?.shows ?? [])].sort(byName),
        speakers: [...(row?.speakers ?? [])].sort(byName),
        published: row?.first && row.last ? { first: row.first, last: row.last } : undefined,
      };
    },
    close: () => client.close(),
  };
}
