import { formatTimeParam } from "../time/format-time-param";

/**
 * The `t=` value that lands on a document starting at `start` (s): the sync island marks the
 * sentence whose start is at or before `t`, so the time is rounded up to a tenth, or written
 * to the millisecond when rounding up would pass the document's `end`.
 */
export function hitTimeParam(start: number, end?: number): string {
  const tenth = Math.ceil(start * 10 - 1e-6) / 10;
  if (end === undefined || tenth < end) return formatTimeParam(tenth);
  return String(Math.round(start * 1000) / 1000);
}

/**
 * The link to a hit: the episode at the hit's time with the query, so the page opens on the
 * hit, marks it and restores the search (`/episodes/<slug>?t=503.5&q=attention`). Untimed hits
 * link to their element (`#<id>`) when they have one in the page.
 */
export function buildHitHref(
  slug: string,
  query: string,
  hit: { start?: number; end?: number; id?: string },
): string {
  const params = new URLSearchParams();
  const timed = hit.start !== undefined && Number.isFinite(hit.start) && hit.start >= 0;
  if (timed) params.set("t", hitTimeParam(hit.start as number, hit.end));
  if (query) params.set("q", query);
  const search = params.toString();
  const hash = !timed && hit.id ? `#${encodeURIComponent(hit.id)}` : "";
  return `/episodes/${encodeURIComponent(slug)}${search ? `?${search}` : ""}${hash}`;
}
