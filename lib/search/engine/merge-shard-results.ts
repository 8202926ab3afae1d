import type { LibrarySort } from "../../links/search-params";
import type { LibraryHit } from "./library-query";

/** An episode of a page as the search statement (search-statement.ts) returns it; `best`: its best hit's. */
export interface PageRow {
  id: number;
  slug: string;
  title: string;
  show: string | null;
  published: string | null;
  total: number;
  best: number;
}

/** A hit as the search statement returns it (its marks are computed afterwards). */
export interface HitRow extends Omit<LibraryHit, "marks" | "start" | "end" | "speaker" | "section"> {
  episode: number;
  start: number | null;
  end: number | null;
  speaker: string | null;
  section: string | null;
}

/** The search statement's one row: counts over every match, one page of episodes, their best hits. */
export interface SearchRow {
  total: number;
  episodes: number;
  page: PageRow[];
  hits: HitRow[];
  /** Of several readings asked at once, the one searched (from 0; -1: none finds anything here). */
  reading?: number;
}

export const NO_SEARCH_ROW: SearchRow = { total: 0, episodes: 0, page: [], hits: [] };

/**
 * The search statement's PAGE_ORDER (search-statement.ts) in TypeScript: the best score first,
 * then the most hits (relevance), or the newest or oldest publication day with undated episodes
 * last; then the slug. Slugs are ASCII (SLUG_PATTERN), so comparing strings is the byte order of
 * `COLLATE "C"`.
 */
function comparePages(sort: LibrarySort): (a: PageRow, b: PageRow) => number {
  const bySlug = (a: PageRow, b: PageRow) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  if (sort === "relevance") return (a, b) => b.best - a.best || b.total - a.total || bySlug(a, b);
  const direction = sort === "newest" ? -1 : 1;
  return (a, b) => {
    if (a.published === b.published) return bySlug(a, b);
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return (a.published < b.published ? -1 : 1) * direction;
  };
}

/**
 * One answer from the answers of every shard (search-schema.ts). An episode lives in exactly one
 * shard, so the counts add up, and each shard's page holds its best episodes in the asked order:
 * the merged page is the first `take` after `skip` of all of them in that order, with their hits.
 * A shard must have returned its first `skip + take` episodes (or all it has) for this to hold.
 */
export function mergeShardResults(
  rows: readonly SearchRow[],
  { sort, skip, take }: { sort: LibrarySort; skip: number; take: number },
): SearchRow {
  const page = rows
    .flatMap((row) => row.page)
    .sort(comparePages(sort))
    .slice(skip, skip + take);
  const onPage = new Set(page.map((episode) => episode.id));
  return {
    total: rows.reduce((sum, row) => sum + row.total, 0),
    episodes: rows.reduce((sum, row) => sum + row.episodes, 0),
    page,
    hits: rows.flatMap((row) => row.hits).filter((hit) => onPage.has(hit.episode)),
  };
}
