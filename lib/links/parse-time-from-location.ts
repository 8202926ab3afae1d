import type { LinkLocation } from "./has-link-params";
import { parseTimeParam, type TimeRange } from "../time/parse-time-param";

/**
 * Reads a deep-link time from a location: `?t=` first (the first valid of repeated values), then
 * `#t=` (`#t=516`, `#t=516,530`). A `#<section-id>` hash is not a time and is left alone.
 *
 * @param location `search` (`?t=516`) and `hash` (`#t=516`) as `window.location` has them.
 * @param duration the episode's duration (s), when known.
 */
export function parseTimeFromLocation(location: LinkLocation, duration?: number): TimeRange | undefined {
  const fromQuery = parseTimeParam(new URLSearchParams(location.search).getAll("t"), duration);
  if (fromQuery) return fromQuery;
  const hash = location.hash.replace(/^#/, "");
  if (!/(?:^|&)t=/.test(hash)) return undefined;
  return parseTimeParam(new URLSearchParams(hash).getAll("t"), duration);
}
