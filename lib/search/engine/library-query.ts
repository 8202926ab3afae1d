import { z } from "zod";
import { MAX_QUERY_LENGTH } from "../../links/max-query-length";
import { librarySortSchema } from "../../links/search-params";
import { searchDocSchema } from "../search-doc";

/** Episodes per page of library results; each lists its best HITS_PER_EPISODE hits. */
export const EPISODES_PER_RESULTS_PAGE = 10;
export const HITS_PER_EPISODE = 5;

/**
 * One library search as the engine runs it: the reader's words, the filters, the order and the
 * page. The URL reader (`/search?q=&show=&speaker=&from=&to=&sort=&page=`) builds it; the
 * engine trusts it (every value here was validated at the URL boundary).
 */
export const libraryQuerySchema = z.object({
  /** The reader's words as typed (quotes, -exclusions, typos and all), at most MAX_QUERY_LENGTH. */
  text: z.string().max(MAX_QUERY_LENGTH),
  /** Only episodes of this show (its name, as the catalogue has it). */
  show: z.string().min(1).optional(),
  /** Only what this speaker said (the name the page shows). */
  speaker: z.string().min(1).optional(),
  /** Only episodes published on or after / on or before these days (`YYYY-MM-DD`). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: librarySortSchema,
  /** 1-based page of episodes. */
  page: z.number().int().min(1),
});

/** A hit as the results page shows it. Times are seconds on the episode clock. */
export const libraryHitSchema = z.object({
  id: searchDocSchema.shape.id,
  kind: searchDocSchema.shape.kind,
  /** The document's whole text; the page cuts it around the first mark. */
  text: z.string(),
  /** Character ranges `[start, end)` of `text` that matched, in order, not overlapping. */
  marks: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
  start: z.number().finite().optional(),
  end: z.number().finite().optional(),
  speaker: z.string().optional(),
  section: z.string().optional(),
});

export const libraryEpisodeHitsSchema = z.object({
  slug: z.string(),
  title: z.string(),
  show: z.string().optional(),
  published: z.string().optional(),
  /** Every matching document of the episode (not only those listed). */
  total: z.number().int().nonnegative(),
  /** Its best hits, best first, at most HITS_PER_EPISODE. */
  hits: z.array(libraryHitSchema),
});

export const librarySearchResultSchema = z.object({
  /** Matching documents in every episode that passes the filters: a true count. */
  total: z.number().int().nonnegative(),
  /** Episodes with a match. */
  totalEpisodes: z.number().int().nonnegative(),
  page: z.number().int().min(1),
  pageCount: z.number().int().min(1),
  /** This page's episodes (EPISODES_PER_RESULTS_PAGE at most), in the asked order. */
  episodes: z.array(libraryEpisodeHitsSchema),
  /** Words of the query that were replaced by close words of the library (`atention` → `attention`). */
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
});

/** What the filter controls offer: every show and speaker with how many episodes have them. */
export const searchFacetsSchema = z.object({
  shows: z.array(z.object({ name: z.string(), episodes: z.number().int().nonnegative() })),
  speakers: z.array(z.object({ name: z.string(), episodes: z.number().int().nonnegative() })),
  /** First and last publication day in the library, when any episode has one. */
  published: z.object({ first: z.string(), last: z.string() }).optional(),
});

export type LibraryQuery = z.output<typeof libraryQuerySchema>;
export type LibraryHit = z.output<typeof libraryHitSchema>;
export type LibraryEpisodeHits = z.output<typeof libraryEpisodeHitsSchema>;
export type LibrarySearchResult = z.output<typeof librarySearchResultSchema>;
export type SearchFacets = z.output<typeof searchFacetsSchema>;

/**
 * The library search, whichever engine runs it (embedded PGlite or a PostgreSQL server): the
 * same SQL behind one interface. A query the engine rejects resolves to no hits, never throws;
 * an unreachable engine rejects with a SearchUnavailableError.
 */
export interface LibrarySearch {
  search(query: LibraryQuery): Promise<LibrarySearchResult>;
  facets(): Promise<SearchFacets>;
  close(): Promise<void>;
}

/** The engine cannot answer (database missing, server unreachable): `message` says what to do. */
export class SearchUnavailableError extends Error {
  override name = "SearchUnavailableError";
}

/**
 * The embedded database's thread stopped after it had opened (pglite-worker-client.ts): this
 * opened search can answer nothing more, and a new one, opened on the same folder, can.
 */
export class SearchStoppedError extends SearchUnavailableError {
  override name = "SearchStoppedError";
}

/*
 * The two below tell the errors above by name: the server's bundles each hold a copy of this
 * module (the pages', and instrumentation.ts's, which opens the search as the server starts), and
 * an error made by one copy of a class is no instance of another copy's.
 */

/** Whether `error` is a SearchStoppedError. */
export const isSearchStopped = (error: unknown): error is SearchStoppedError =>
  error instanceof Error && error.name === "SearchStoppedError";

/** Whether `error` is a SearchUnavailableError (a SearchStoppedError is one too). */
export const isSearchUnavailable = (error: unknown): error is SearchUnavailableError =>
  isSearchStopped(error) || (error instanceof Error && error.name === "SearchUnavailableError");
