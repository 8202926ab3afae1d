import { findMatchRanges } from "../find-match-ranges";
import { expandQuery } from "./expand-query";
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
import { parseLibraryQuery } from "./parse-library-query";
import { searchShards } from "./search-shards";
import { FACETS_SQL } from "./search-sql";
import type { SqlClient } from "./sql-client";

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function emptyResult(
  page: number,
  corrections: LibrarySearchResult["corrections"] = [],
): LibrarySearchResult {
  return { total: 0, totalEpisodes: 0, page, pageCount: 1, episodes: [], corrections };
}

function toHit(row: HitRow, markQuery: string): LibraryHit {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    marks: findMatchRanges(row.text, markQuery),
    start: orUndefined(row.start),
    end: orUndefined(row.end),
    speaker: orUndefined(row.speaker),
    section: orUndefined(row.section),
  };
}

async function runSearch(client: SqlClient, query: LibraryQuery): Promise<LibrarySearchResult> {
  const parsed = parseLibraryQuery(query.text);
  let expanded = await expandQuery(client, parsed);
  let row = expanded.match
    ? await searchShards(client, query, { ...expanded, match: expanded.match })
    : undefined;
  if (!row?.total && expanded.strictDiffers) {
    // Nothing found: perhaps a typo that happens to be a form or part of a word; once more, strict.
    const strict = await expandQuery(client, parsed, { strict: true });
    if (strict.match && strict.match !== expanded.match) {
      const again = await searchShards(client, query, { ...strict, match: strict.match });
      if (again.total) [expanded, row] = [strict, again];
    }
  }
  if (!row || !expanded.match) return emptyResult(query.page, expanded.corrections);
  const hits = new Map<number, LibraryHit[]>();
  for (const hit of row.hits)
    hits.set(hit.episode, [...(hits.get(hit.episode) ?? []), toHit(hit, expanded.markQuery)]);
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
    corrections: expanded.corrections,
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
