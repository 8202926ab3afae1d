import matter from "gray-matter";
import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { cleanInline, findTimestampAnchors, type TimestampAnchor } from "./notes-inline";
import { parseClockTime } from "../time/parse-timestamp";
import { createLineLocator, normaliseNewlines } from "./text-lines";
import type { NoteLink, ParseOptions, ParseResult, ParsedNote, TimestampedNotesDoc } from "./types";

const HEADING = /^(#{1,6})[ \t]+(.*)$/;
const PUNCT_AFTER = /[ \t]*([.,;:!?…]+)/y;
const NON_SPACE = /\S/g;

/** A heading's text without a closing `###` sequence (scanned by hand: no regex backtracking). */
function headingBody(raw: string): string {
  const text = raw.trimEnd();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === "#") end--;
  return end < text.length && (end === 0 || /\s/.test(text.charAt(end - 1))) ? text.slice(0, end) : text;
}
const BULLET = /^[ \t]*(?:[*+\-•]|\d{1,3}[.)])[ \t]+/;

/** A front matter value as a string (dates as ISO, objects as JSON). */
function asString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().replace("T00:00:00.000Z", "");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Reads YAML front matter (lines 1…close) with gray-matter. */
function readFrontMatter(lines: string[], close: number, issues: IssueCollector): Record<string, string> {
  const source = lines.slice(0, close + 1).join("\n") + "\n";
  try {
    const data: unknown = matter(source, {}).data;
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      issues.warn(2, "front matter is not a list of key: value pairs");
      return {};
    }
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, asString(v)]));
  } catch (e) {
    const mark = (e as { mark?: { line?: unknown } }).mark;
    const line = typeof mark?.line === "number" ? mark.line + 1 : 1;
    const first = e instanceof Error ? (e.message.split("\n")[0] ?? "") : "";
    const reason = first.replace(/\s*at line \d+, column \d+:?\s*$/, "");
    issues.error(Math.min(Math.max(line, 2), close + 1), `invalid YAML front matter: ${reason}`);
    return {};
  }
}

/**
 * Parses timestamped notes: optional YAML front matter (`title`, `videoId`, other keys kept as
 * strings), markdown headings (`#`…`######`, building each note's `headingPath`), paragraphs
 * and bullets in which every claim is closed by
 * `<a class="yt-timestamp" data-t="hh:mm:ss">[hh:mm:ss]</a>`.
 *
 * Each anchor closes one note whose text runs from the previous anchor (or the block start);
 * punctuation right after an anchor stays with the claim before it. `start` is seconds. Wiki
 * links become their labels and are listed in `links`. Text with no timestamp after it is a
 * note without `start` under a heading, or a `preamble` entry before the first heading.
 * Errors: empty input, unclosed or invalid front matter. Warnings (errors when `strict`): no
 * timestamps at all, unreadable times, `data-t` disagreeing with the label, empty claims.
 * Never throws.
 *
 * @param text The notes page (any line ends).
 */
export function parseTimestampedNotes(
  text: string,
  options: ParseOptions = {},
): ParseResult<TimestampedNotesDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

/** What reading the body collects, shared by the steps below. */
interface NotesReader {
  text: string;
  lineAt: (offset: number) => number;
  issues: IssueCollector;
  notes: ParsedNote[];
  preamble: string[];
  /** The headings above the current line, outermost first. */
  headings: { level: number; text: string }[];
  anchors: number;
}

function parse(input: string, strict: boolean): ParseResult<TimestampedNotesDoc> {
  const issues = createIssues(strict);
  const text = normaliseNewlines(input);
  if (text.trim() === "") return issues.fail({ line: 1, message: "empty file: expected timestamped notes" });
  const lines = text.split("\n");
  const head = splitFrontMatter(lines, issues);
  if (head === undefined)
    return issues.fail({
      line: 1,
      message: "front matter opened on line 1 is never closed (expected ---)",
    });
  const { title, videoId, ...rest } = head.frontMatter;
  const reader: NotesReader = {
    text,
    lineAt: createLineLocator(text),
    issues,
    notes: [],
    preamble: [],
    headings: [],
    anchors: 0,
  };
  readBody(reader, lines, head.bodyLine);
  if (reader.anchors === 0)
    issues.warn(1, 'no timestamps found (expected <a class="yt-timestamp" data-t="hh:mm:ss">)');
  return issues.finish<TimestampedNotesDoc>({
    format: "timestamped-notes",
    ...(title ? { title } : {}),
    ...(videoId ? { videoId } : {}),
    frontMatter: rest,
    notes: reader.notes,
    preamble: reader.preamble,
  });
}

/** The front matter (if line 1 opens one) and the index of the first body line; undefined when it is never closed. */
function splitFrontMatter(
  lines: string[],
  issues: IssueCollector,
): { frontMatter: Record<string, string>; bodyLine: number } | undefined {
  if (lines[0]?.trim() !== "---") return { frontMatter: {}, bodyLine: 0 };
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  if (close === -1) return undefined;
  return { frontMatter: readFrontMatter(lines, close, issues), bodyLine: close + 1 };
}

/** Walks the body lines: headings update the heading path; blank lines, headings and bullets close a block. */
function readBody(reader: NotesReader, lines: string[], bodyLine: number): void {
  const { headings } = reader;
  let offset = lines.slice(0, bodyLine).reduce((n, l) => n + l.length + 1, 0);
  let blockFrom = -1;
  const close = (at: number): void => {
    if (blockFrom !== -1) readBlock(reader, blockFrom, at);
    blockFrom = -1;
  };
  for (let i = bodyLine; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    if (line.trim() === "" || heading || bullet) close(offset);
    if (heading) {
      const level = (heading[1] ?? "").length;
      while ((headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
      headings.push({ level, text: cleanInline(headingBody(heading[2] ?? ""), []) });
    } else if (bullet) blockFrom = offset + bullet[0].length;
    else if (line.trim() !== "" && blockFrom === -1) blockFrom = offset;
    offset += line.length + 1;
  }
  close(reader.text.length);
}

/** Reads one paragraph or bullet (text[from, to)): a note per anchor, then any text after the last. */
function readBlock(reader: NotesReader, from: number, to: number): void {
  const block = reader.text.slice(from, to);
  const headingPath = reader.headings.map((h) => h.text);
  let pos = 0;
  const lineOf = (offset: number): number => {
    NON_SPACE.lastIndex = offset;
    return reader.lineAt(from + (NON_SPACE.exec(block)?.index ?? offset));
  };
  for (const a of findTimestampAnchors(block)) {
    reader.anchors++;
    PUNCT_AFTER.lastIndex = a.end;
    const after = PUNCT_AFTER.exec(block);
    const links: NoteLink[] = [];
    const note = cleanInline(block.slice(pos, a.at), links) + (after?.[1] ?? "");
    const line = lineOf(pos < a.at && block.slice(pos, a.at).trim() ? pos : a.at);
    const start = anchorStart(a, reader.lineAt(from + a.at), reader.issues);
    if (!note.replace(/[.,;:!?…]/g, "").trim()) reader.issues.warn(line, "timestamp with no claim before it");
    reader.notes.push({ headingPath, text: note, ...(start !== undefined ? { start } : {}), links, line });
    pos = after ? after.index + after[0].length : a.end;
  }
  const links: NoteLink[] = [];
  const tail = cleanInline(block.slice(pos), links);
  if (!tail) return;
  if (reader.headings.length === 0) reader.preamble.push(tail);
  else reader.notes.push({ headingPath, text: tail, links, line: lineOf(pos) });
}

/** An anchor's time in seconds (`data-t`, else its label), warning when unreadable or when the two disagree. */
function anchorStart(a: TimestampAnchor, line: number, issues: IssueCollector): number | undefined {
  const fromData = a.dataT === undefined ? undefined : parseClockTime(a.dataT);
  const fromLabel = a.label === undefined ? undefined : parseClockTime(a.label);
  const start = fromData ?? fromLabel;
  if (a.dataT !== undefined && fromData === undefined && fromLabel !== undefined) {
    issues.warn(line, `unreadable data-t="${a.dataT}" (used the label [${a.label ?? ""}])`);
  }
  if (start === undefined) issues.warn(line, `unreadable timestamp "${a.dataT ?? a.label ?? ""}"`);
  else if (fromData !== undefined && fromLabel !== undefined && fromData !== fromLabel) {
    issues.warn(line, `timestamp data-t="${a.dataT ?? ""}" disagrees with its label [${a.label ?? ""}]`);
  }
  return start;
}
