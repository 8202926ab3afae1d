import type { CatalogueEntry } from "../model/episode-schema";
import { UniqueSlugger } from "../model/slugify";

/**
 * Cards per library page. A whole archive on one page (1,000 cards: 3.9 MB of HTML, a third of a
 * second to render on every request) is more than a phone should load to pick one episode.
 */
export const EPISODES_PER_PAGE = 30;

/** A show of the library: its name, the slug of its pages (`/shows/<slug>`) and its episodes. */
export interface LibraryShow {
  name: string;
  slug: string;
  count: number;
}

/** One page of the library, optionally narrowed to one show. Page numbers start at 1. */
export interface LibraryPage {
  episodes: CatalogueEntry[];
  page: number;
  pageCount: number;
  /** Episodes in the filter (the whole library when there is none). */
  total: number;
  /** Episodes in the whole library. */
  libraryTotal: number;
  /** 1-based positions of this page's first and last episode within the filter. */
  first: number;
  last: number;
  shows: LibraryShow[];
  show?: LibraryShow;
}

/**
 * Every show, sorted by name, with a slug unique among them (`ai-you`, `ai-you-1`): names that
 * fold to the same slug stay apart, and the same catalogue always gives the same slugs.
 */
export function listShows(entries: readonly CatalogueEntry[]): LibraryShow[] {
  const counts = new Map<string, number>();
  for (const { show } of entries) if (show) counts.set(show, (counts.get(show) ?? 0) + 1);
  const slugger = new UniqueSlugger();
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b, "en") || (a < b ? -1 : 1))
    .map(([name, count]) => ({ name, slug: slugger.slug(name, "show"), count }));
}

/**
 * Page `page` of the library (in catalogue order), narrowed to the show whose slug is `showSlug`.
 * Undefined when there is no such show or page; an empty library has one empty page.
 */
export function pageLibrary(
  entries: readonly CatalogueEntry[],
  { showSlug, page }: { showSlug?: string; page: number },
): LibraryPage | undefined {
  const shows = listShows(entries);
  const show = showSlug === undefined ? undefined : shows.find((s) => s.slug === showSlug);
  if (showSlug !== undefined && !show) return undefined;
  const filtered = show ? entries.filter((e) => e.show === show.name) : entries;
  const pageCount = Math.max(1, Math.ceil(filtered.length / EPISODES_PER_PAGE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * EPISODES_PER_PAGE;
  const episodes = filtered.slice(start, start + EPISODES_PER_PAGE);
  return {
    episodes,
    page,
    pageCount,
    total: filtered.length,
    libraryTotal: entries.length,
    first: episodes.length > 0 ? start + 1 : 0,
    last: start + episodes.length,
    shows,
    ...(show ? { show } : {}),
  };
}

/** The path of a library page: `/`, `/page/2`, `/shows/acquired`, `/shows/acquired/page/2`. */
export function libraryHref(showSlug: string | undefined, page: number): string {
  const base = showSlug === undefined ? "" : `/shows/${showSlug}`;
  if (page > 1) return `${base}/page/${page}`;
  return base || "/";
}

/**
 * The page numbers a pager shows: the first, the last, and the current one with a neighbour on
 * each side; "gap" stands for the numbers left out (1 … 4 5 6 … 34).
 */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  for (const n of numbers) {
    const previous = items.at(-1);
    // A gap of one number shows that number instead: "1 2 3", never "1 … 3".
    if (typeof previous === "number" && n - previous === 2) items.push(previous + 1);
    else if (typeof previous === "number" && n - previous > 2) items.push("gap");
    items.push(n);
  }
  return items;
}
