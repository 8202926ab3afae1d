import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { parseClockTime } from "../time/parse-timestamp";
import { splitTurns } from "./speaker-label";
import { parseYouTubeId } from "../media/parse-youtube-id";
import { findTimeTokens, parseSections, splitBullets } from "./summary-page-block";
import {
  collapseAsciiWhitespace,
  collapseWhitespace,
  createLineLocator,
  normaliseNewlines,
} from "./text-lines";
import type { ParseOptions, ParseResult, SummaryPageDoc, TimedChunk } from "./types";

const NAVIGATION = /^(?:Learning Library|←.*|Back to Library)$/;
const PAGE_HEADINGS = /^(?:Key Points|Sections|Full Transcript|Summary)$/;
const BULLET = /^\s*[•\-*]\s+(.*)$/;
const MARKERS = ["**Source:**", "**Duration:**", "## Summary", "## Sections", "## Full Transcript"] as const;
type Marker = (typeof MARKERS)[number];

/**
 * Parses a summary page saved as text: navigation lines, the title, "Key Points" bullets, then a
 * markdown-ish block `# Title **Source:** [url](url) **Duration:** hh:mm:ss ## Summary - … ##
 * Sections - [hh:mm:ss](url&t=Ns) **Title** - description … ## Full Transcript 0:00text 0:02text…`
 * (on one line or several).
 *
 * `duration` and every `start` are seconds. `chunks` are the transcript split at time tokens
 * glued to their text (whitespace collapsed); `turns` re-split the chunks at `Name:` labels.
 * Errors: empty input, no title, no markdown block. Warnings (errors when `strict`): bad
 * duration or section times, text before the first time token (kept as a chunk at 0 s),
 * times going backwards, a missing transcript or sections. Never throws.
 *
 * @param text The page text (any line ends).
 */
export function parseSummaryPage(text: string, options: ParseOptions = {}): ParseResult<SummaryPageDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

/** A marker's text, up to the next marker, and the offset where that text starts. */
interface Segment {
  body: string;
  base: number;
}

function parse(input: string, strict: boolean): ParseResult<SummaryPageDoc> {
  const issues = createIssues(strict);
  const text = normaliseNewlines(input);
  const lineAt = createLineLocator(text);
  if (text.trim() === "") return issues.fail({ line: 1, message: "empty file: expected a summary page" });
  const lines = text.split("\n");
  const blockIndex = lines.findIndex((l) => /^#[ \t]+\S/.test(l));
  const header = readHeader(lines.slice(0, blockIndex === -1 ? lines.length : blockIndex), issues);
  if (blockIndex === -1) {
    return issues.fail({
      line: 1,
      message: 'no markdown block found (expected a line starting "# Title **Source:** …")',
    });
  }
  const blockStart = lines.slice(0, blockIndex).reduce((n, l) => n + l.length + 1, 0);
  const { segment, firstAt } = findSegments(text, blockStart);
  const title = readBlockTitle(text, blockStart, firstAt) || header.title;
  if (!title) issues.error(blockIndex + 1, "summary page has no title");
  const sourceUrl = readSourceUrl(segment("**Source:**")?.body ?? "");
  const youtubeId = sourceUrl ? parseYouTubeId(sourceUrl) : undefined;
  const duration = readDuration(segment("**Duration:**"), lineAt, issues);
  const summarySeg = segment("## Summary");
  const summary = summarySeg ? splitBullets(summarySeg.body) : [];
  const sectionsSeg = segment("## Sections");
  const sections = sectionsSeg ? parseSections(sectionsSeg.body, sectionsSeg.base, lineAt, issues) : [];
  if (sections.length === 0)
    issues.warn(lineAt(sectionsSeg?.base ?? blockStart), "summary page has no sections");
  const transcript = segment("## Full Transcript");
  if (!transcript || transcript.body.trim() === "")
    issues.warn(lineAt(transcript?.base ?? blockStart), "summary page has no transcript");
  const chunks = transcript ? readChunks(transcript.body, transcript.base, lineAt, issues) : [];
  for (const s of sections) {
    if (duration !== undefined && s.start > duration)
      issues.warn(s.line, `section starts after the end (${duration} s)`);
  }
  const turns = splitTurns(chunks.map((c) => ({ text: c.text, lineAt: () => c.line })));
  return issues.finish<SummaryPageDoc>({
    format: "summary-page",
    title,
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(youtubeId ? { youtubeId } : {}),
    ...(duration !== undefined ? { duration } : {}),
    keyPoints: header.keyPoints,
    summary,
    sections,
    chunks,
    turns,
  });
}

/**
 * Finds the markers of the markdown block (from `blockStart`, in the order they appear).
 *
 * @returns `segment(marker)`, the text a marker heads, and where the first marker is.
 */
function findSegments(
  text: string,
  blockStart: number,
): { segment: (marker: Marker) => Segment | undefined; firstAt: number | undefined } {
  const found = MARKERS.map((marker) => ({ marker, at: text.indexOf(marker, blockStart) }))
    .filter((f) => f.at !== -1)
    .sort((a, b) => a.at - b.at);
  const segment = (marker: Marker): Segment | undefined => {
    const k = found.findIndex((f) => f.marker === marker);
    const here = found[k];
    if (!here) return undefined;
    const base = here.at + marker.length;
    return { body: text.slice(base, found[k + 1]?.at ?? text.length), base };
  };
  return { segment, firstAt: found[0]?.at };
}

/** The `# Title` of the markdown block: up to the first marker or the end of its line. */
function readBlockTitle(text: string, blockStart: number, firstAt: number | undefined): string {
  const lineEnd = text.indexOf("\n", blockStart);
  const titleEnd = Math.min(firstAt ?? text.length, lineEnd === -1 ? text.length : lineEnd);
  return collapseAsciiWhitespace(text.slice(blockStart, titleEnd).replace(/^#+/, ""));
}

/** The URL after `**Source:**`: a markdown link's target, else the first bare URL. */
function readSourceUrl(sourceText: string): string | undefined {
  return /\]\((https?:\/\/[^)\s]+)\)/.exec(sourceText)?.[1] ?? /https?:\/\/\S+/.exec(sourceText)?.[0];
}

/** Seconds after `**Duration:**`, warning when they cannot be read. */
function readDuration(
  durationSeg: Segment | undefined,
  lineAt: (o: number) => number,
  issues: IssueCollector,
): number | undefined {
  if (!durationSeg) return undefined;
  const durationText = durationSeg.body.trim().split(/\s+/)[0] ?? "";
  const duration = parseClockTime(durationText);
  if (duration === undefined) issues.warn(lineAt(durationSeg.base), `bad duration "${durationText}"`);
  return duration;
}

/** Title and "Key Points" bullets from the lines above the markdown block. */
function readHeader(
  lines: string[],
  issues: IssueCollector,
): { title: string; keyPoints: SummaryPageDoc["keyPoints"] } {
  let title = "";
  let inKeyPoints = false;
  const keyPoints: SummaryPageDoc["keyPoints"] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || NAVIGATION.test(line)) return;
    if (PAGE_HEADINGS.test(line)) {
      inKeyPoints = line === "Key Points";
      return;
    }
    const bullet = BULLET.exec(raw);
    if (inKeyPoints && bullet) keyPoints.push({ text: (bullet[1] ?? "").trim(), line: i + 1 });
    else if (inKeyPoints && keyPoints.length > 0) {
      const last = keyPoints[keyPoints.length - 1];
      if (last) last.text += " " + line;
    } else if (!title) title = collapseAsciiWhitespace(line);
    else issues.warn(i + 1, `unrecognised line above the summary block: "${line.slice(0, 40)}"`);
  });
  return { title, keyPoints };
}

/** Splits the transcript at glued time tokens into chunks (seconds, collapsed text, line). */
function readChunks(
  body: string,
  base: number,
  lineAt: (o: number) => number,
  issues: IssueCollector,
): TimedChunk[] {
  const tokens = findTimeTokens(body);
  const chunks: TimedChunk[] = [];
  const lead = collapseWhitespace(body.slice(0, tokens[0]?.at ?? body.length));
  if (lead) {
    const at = base + body.search(/\S/);
    issues.warn(lineAt(at), "transcript text before the first time token (kept at 0:00)");
    chunks.push({ start: 0, text: lead, line: lineAt(at) });
  }
  tokens.forEach((t, k) => {
    const line = lineAt(base + t.at);
    const prev = chunks[chunks.length - 1];
    if (prev && t.start < prev.start) issues.warn(line, "transcript time goes backwards");
    chunks.push({
      start: t.start,
      text: collapseWhitespace(body.slice(t.end, tokens[k + 1]?.at ?? body.length)),
      line,
    });
  });
  return chunks;
}
