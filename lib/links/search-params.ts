// The /search page's URL: every parameter validated here, at the boundary; the engine trusts
// what comes out. Server-only (the page renders on request), so full zod is fine.
import { z } from "zod";
import { cleanParamText } from "./clean-param-text";
import { parsePageNumber } from "./page-number";
import { parseQueryParam } from "./query-param";
import { DEFAULT_LIBRARY_SORT } from "./redundant-search-fields";
import { SLUG_PATTERN } from "../model/slug-pattern";

/** The orders of library results: best match first, or by publication day. */
export const librarySortSchema = z.enum(["relevance", "newest", "oldest"]);
export type LibrarySort = z.output<typeof librarySortSchema>;

/** What `/search?q=&show=&speaker=&from=&to=&sort=&page=` asks for, and what was wrong with it. */
export interface SearchPageState {
  query: string;
  /** The query was cut to MAX_QUERY_LENGTH characters. */
  truncated: boolean;
  /** A show's slug (`/shows/<slug>`); whether it exists is for the page to check. */
  show?: string;
  speaker?: string;
  from?: string;
  to?: string;
  sort: LibrarySort;
  page: number;
  /** Parameters that were ignored, each with why, for the page to say. */
  ignored: string[];
}

const slugSchema = z.string().regex(SLUG_PATTERN).max(200);
const speakerSchema = z.string().transform(cleanParamText).pipe(z.string().min(1).max(200));

function first(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === undefined || raw.trim() === "" ? undefined : raw;
}

/** A value shown back to the reader in a notice: short, one line. */
function quoted(raw: string): string {
  const line = raw.replace(/\s+/g, " ");
  return `“${line.length > 40 ? `${line.slice(0, 40)}…` : line}”`;
}

function readDay(raw: string | undefined, label: string, ignored: string[]): string | undefined {
  if (raw === undefined) return undefined;
  const day = z.iso.date().safeParse(raw);
  if (day.success) return day.data;
  ignored.push(`The ${label} date ${quoted(raw)} is not a day (YYYY-MM-DD), so it was left out.`);
  return undefined;
}

/**
 * Reads the search page's parameters. Never throws: a missing value takes its default, a bad one
 * is left out and named in `ignored`; dates the wrong way round are swapped (and said).
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchPageState {
  const ignored: string[] = [];
  const { query, truncated } = parseQueryParam(params.q);
  const state: SearchPageState = { query, truncated, sort: DEFAULT_LIBRARY_SORT, page: 1, ignored };

  const show = first(params.show);
  if (show !== undefined) {
    const parsed = slugSchema.safeParse(show);
    if (parsed.success) state.show = parsed.data;
    else ignored.push(`There is no show ${quoted(show)}, so every show was searched.`);
  }
  const speaker = first(params.speaker);
  const parsedSpeaker = speaker === undefined ? undefined : speakerSchema.safeParse(speaker);
  if (parsedSpeaker?.success) state.speaker = parsedSpeaker.data;

  let from = readDay(first(params.from), "from", ignored);
  let to = readDay(first(params.to), "to", ignored);
  if (from && to && from > to) {
    [from, to] = [to, from];
    ignored.push("The dates were the wrong way round, so they were swapped.");
  }
  if (from) state.from = from;
  if (to) state.to = to;

  const sort = first(params.sort);
  if (sort !== undefined) {
    const parsed = librarySortSchema.safeParse(sort);
    if (parsed.success) state.sort = parsed.data;
    else ignored.push(`Results cannot be sorted by ${quoted(sort)}, so the best matches come first.`);
  }
  const page = first(params.page);
  if (page !== undefined) {
    const parsed = parsePageNumber(page);
    if (parsed !== undefined) state.page = parsed;
    else ignored.push(`${quoted(page)} is not a page number, so the first page is shown.`);
  }
  return state;
}

/** The URL of a search: only the parameters that differ from the defaults, in a fixed order. */
export function searchHref(state: Partial<Omit<SearchPageState, "truncated" | "ignored">>): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  if (state.show) params.set("show", state.show);
  if (state.speaker) params.set("speaker", state.speaker);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sort && state.sort !== DEFAULT_LIBRARY_SORT) params.set("sort", state.sort);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  const search = params.toString();
  return search ? `/search?${search}` : "/search";
}
