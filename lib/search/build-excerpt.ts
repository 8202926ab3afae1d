import type { MatchRange } from "./find-match-ranges";

/** A piece of an excerpt: plain or marked text. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The context shown for a hit: `text` cut to about `maxChars` characters around the first
 * match (at word boundaries, with `…` where cut), split into plain and marked parts.
 */
export function buildExcerpt(text: string, ranges: readonly MatchRange[], maxChars = 200): ExcerptPart[] {
  let from = 0;
  let to = text.length;
  if (text.length > maxChars) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(maxChars / 3), text.length - maxChars));
    to = Math.min(text.length, from + maxChars);
    // Whole words only.
    if (from > 0) from = text.indexOf(" ", from) + 1 || from;
    if (to < text.length) to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to;
  }
  const parts: ExcerptPart[] = [];
  const push = (a: number, b: number, mark: boolean) => {
    if (b > a) parts.push({ text: text.slice(a, b), mark });
  };
  let at = from;
  for (const [start, end] of ranges) {
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (b <= a) continue;
    push(at, a, false);
    push(a, b, true);
    at = b;
  }
  push(at, to, false);
  if (from > 0) parts.unshift({ text: "…", mark: false });
  if (to < text.length) parts.push({ text: "…", mark: false });
  return parts;
}
