import type { IssueCollector } from "./issues";
import { parseClockTime, parseUrlTime } from "../time/parse-timestamp";
import { collapseAsciiWhitespace } from "./text-lines";
import type { SummarySection } from "./types";

/**
 * Helpers for the markdown-ish block of a saved summary page
 * (`# Title **Source:** … ## Summary … ## Sections … ## Full Transcript …`).
 * Offsets are UTF-16 offsets into the page text; `lineAt` maps them to 1-based lines.
 */

/**
 * Splits a bullet list written either one item per line or run together on one line
 * (`- first. - second.`). On one line, ` - ` starts an item only at the start or after
 * sentence-ending punctuation, so dashes inside an item are kept. Items keep their text as
 * written (only ASCII whitespace runs are collapsed).
 */
export function splitBullets(segment: string): string[] {
  const starts: { at: number; len: number }[] = [];
  for (const m of segment.matchAll(/(^|\s)-\s+/g)) {
    const at = m.index + (m[1] ?? "").length;
    let back = at - 1;
    let newline = false;
    while (back >= 0 && /\s/.test(segment.charAt(back))) newline ||= segment.charAt(back--) === "\n";
    const prev = segment.charAt(back);
    if (back < 0 || newline || /[.!?…"”’)\]*:]/.test(prev))
      starts.push({ at, len: m[0].length - (m[1] ?? "").length });
  }
  const items: string[] = [];
  const lead = collapseAsciiWhitespace(segment.slice(0, starts[0]?.at ?? segment.length));
  if (lead) items.push(lead);
  starts.forEach((s, k) => {
    const item = collapseAsciiWhitespace(segment.slice(s.at + s.len, starts[k + 1]?.at ?? segment.length));
    if (item) items.push(item);
  });
  return items;
}

const SECTION_ITEM = /(?:^|\s)-\s+\[([^\]\n]*)\]\(([^)\s]*)\)[ \t]*(?:\*\*([^*\n]+)\*\*)?/g;

/**
 * Reads `- [hh:mm:ss](url&t=Ns) **Title** - description` items. The start comes from the URL's
 * `t` parameter, else from the bracketed label (a mismatch is a warning).
 *
 * @param segment The text between `## Sections` and the next heading.
 * @param base Offset of `segment` in the page text.
 */
export function parseSections(
  segment: string,
  base: number,
  lineAt: (offset: number) => number,
  issues: IssueCollector,
): SummarySection[] {
  const matches = [...segment.matchAll(SECTION_ITEM)];
  const lead = segment.slice(0, matches[0]?.index ?? segment.length).trim();
  if (lead) issues.warn(lineAt(base), `unrecognised text in Sections: "${lead.slice(0, 40)}"`);
  const sections: SummarySection[] = [];
  matches.forEach((m, k) => {
    const line = lineAt(base + m.index + (m[0].length - m[0].trimStart().length));
    const label = parseClockTime(m[1] ?? "");
    const t = /[?&#]t=([0-9hms]+)/.exec(m[2] ?? "")?.[1];
    const fromUrl = t === undefined ? undefined : parseUrlTime(t);
    const start = fromUrl ?? label;
    if (start === undefined) {
      issues.warn(line, `section skipped: no time in "[${m[1] ?? ""}](${m[2] ?? ""})"`);
      return;
    }
    if (fromUrl !== undefined && label !== undefined && fromUrl !== label) {
      issues.warn(line, `section time ${m[1] ?? ""} disagrees with its link (t=${t ?? ""})`);
    }
    const rest = segment.slice(m.index + m[0].length, matches[k + 1]?.index ?? segment.length);
    const title = collapseAsciiWhitespace((m[3] ?? "").replace(/\*\*/g, ""));
    const description = collapseAsciiWhitespace(rest).replace(/^[-–—:]\s*/, "");
    if (!title) issues.warn(line, "section has no **title**");
    sections.push({ title, description, start, line });
  });
  return sections;
}

/** A caption time token glued to its text, e.g. `12:38` in `12:38the …`. */
export interface TimeToken {
  /** Seconds. */
  start: number;
  /** Offset of the token in the searched text. */
  at: number;
  /** Offset just after the token. */
  end: number;
}

/**
 * Finds time tokens glued to the following text: `m:ss`, `mm:ss` or `h:mm:ss` preceded by the
 * start or whitespace and immediately followed by a character that is not whitespace, a digit
 * or closing punctuation. A time in prose followed by a space ("at 9:15 we") is not a token.
 */
export function findTimeTokens(text: string): TimeToken[] {
  const tokens: TimeToken[] = [];
  for (const m of text.matchAll(/(?<=^|\s)(\d{1,2}(?::\d{2}){1,2})(?=[^\s\d.,;:!?%)\]}])/g)) {
    const start = parseClockTime(m[1] ?? "");
    if (start !== undefined) tokens.push({ start, at: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
