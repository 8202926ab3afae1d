import { findMatchRanges, type FormsFound } from "../find-match-ranges";
import type { IsWord } from "../term-match";
import {
  EPISODES_PER_RESULTS_PAGE,
  type LibraryEpisodeHits,
  type LibraryHit,
  type LibraryQuery,
  type LibrarySearch,
  type LibrarySearchResult,
  type SearchFacets,
} from "./library-query";
import type { HitRow } from "./merge-shard-results";
import { searchReadings } from "./search-readings";
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
