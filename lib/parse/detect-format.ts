import { CHAPTER_LINE } from "./parse-show-notes";
import { SPEAKER_LABEL } from "./speaker-label";
import { findTimeTokens } from "./summary-page-block";
import { normaliseNewlines } from "./text-lines";
import type { SourceFormat } from "./types";

const SRT_START =
  /^[ \t]*\d+[ \t]*\n[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}[ \t]*-->[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}/m;
/** A `<time>` element holding a clock time, and a paragraph: the namespace's HTML transcript. */
const HTML_TIME = /<time\b[^<>]*>\s*\d{1,3}:\d{2}/i;
const HTML_PARAGRAPH = /<p\b/i;
const NOTES_ANCHOR = /<a\b[^<>]*?(?:\byt-timestamp\b|\bdata-t\s*=)/i;

/** Counts matches of a global regex in `text`, stopping at `enough`. */
function countUpTo(text: string, re: RegExp, enough: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= enough) break;
  return n;
}

/** Top-level keys that name a JSON source's format. */
const JSON_KEYS: readonly [string, SourceFormat][] = [
  ["segments", "json-transcript"],
  ["chapters", "json-chapters"],
];

/**
 * A JSON object's format, by the first of {@link JSON_KEYS} it has. Text that starts like an
 * object but does not parse is named by the key it writes, so its parser reports the syntax error
 * with its line.
 */
function jsonFormat(t: string): SourceFormat | undefined {
  if (!t.trimStart().startsWith("{")) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(t);
  } catch {
    return JSON_KEYS.find(([key]) => t.includes(`"${key}"`))?.[1];
  }
  if (typeof root !== "object" || root === null) return undefined;
  return JSON_KEYS.find(([key]) => key in root)?.[1];
}

/**
 * Names a source's format from its content alone (never its file name), checking in order:
 * a JSON object with `segments` → `json-transcript`, with `chapters` → `json-chapters`; a `WEBVTT` header on line 1 → `vtt`; an
 * index line followed by a comma timing line (`00:00:01,000 --> …`) → `srt`; `yt-timestamp` anchors or `data-t=` → `timestamped-notes`;
 * "Full Transcript" with time tokens glued to text or a `**Source:**` field → `summary-page`;
 * a `<time>0:00</time>` element and a `<p>` → `html-transcript`;
 * two or more `(mm:ss) - Title` lines → `show-notes`; two or more `Name:` speaker labels →
 * `plain-text`. A leading BOM is ignored.
 *
 * @returns The format, or undefined when none fits.
 */
export function detectFormat(text: string): SourceFormat | undefined {
  const t = normaliseNewlines(text);
  const json = jsonFormat(t);
  if (json) return json;
  if (/^WEBVTT(?:[ \t]|\n|$)/.test(t)) return "vtt";
  if (SRT_START.test(t)) return "srt";
  if (NOTES_ANCHOR.test(t)) return "timestamped-notes";
  const transcriptAt = t.indexOf("Full Transcript");
  if (
    transcriptAt !== -1 &&
    (t.includes("**Source:**") || findTimeTokens(t.slice(transcriptAt)).length >= 2)
  ) {
    return "summary-page";
  }
  if (HTML_TIME.test(t) && HTML_PARAGRAPH.test(t)) return "html-transcript";
  const chapterLines = t.split("\n").filter((line) => CHAPTER_LINE.test(line)).length;
  if (chapterLines >= 2) return "show-notes";
  if (countUpTo(t, SPEAKER_LABEL, 2) >= 2) return "plain-text";
  return undefined;
}
