import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { checkVersion, readJsonSource } from "./read-json-source";
import { collapseWhitespace } from "./text-lines";
import type { CaptionDoc, Cue, ParseOptions, ParseResult } from "./types";

/**
 * Podcasting 2.0 JSON transcripts (`application/json`, version 1.x):
 * `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}, …]}`, one
 * segment per phrase or per word, times in seconds.
 */

/** A segment as read: times in seconds, its line in the file. */
interface Segment {
  speaker?: string;
  start: number;
  end?: number;
  body: string;
  line: number;
}

/** A word that ends a sentence (closing quotes and brackets after the mark allowed). */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/**
 * Parses a Podcasting 2.0 JSON transcript into timed cues with the speakers as voices.
 *
 * A segment of several words is one cue. Consecutive one-word segments of the same speaker form
 * one cue up to a word that ends a sentence, each word kept with its own times in `parts`. A
 * missing `endTime` is taken as the next segment's start (the last segment's as its own start).
 * Errors: empty file, invalid JSON (on the line where it fails), no top-level object, `segments`
 * missing or not an array, no usable segment. Warnings (errors when `strict`), on the segment's
 * line: an unknown `version` (line 1; a missing one is fine), a segment skipped for not being an object or for
 * a missing or unusable `startTime` or `body`, an unusable `endTime` or `speaker` ignored, a
 * segment that ends before it starts, starts before the previous one or has no text.
 * Never throws.
 *
 * @param text The file's text (any line ends, optional BOM).
 */
export function parseJsonTranscript(text: string, options: ParseOptions = {}): ParseResult<CaptionDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(text: string, strict: boolean): ParseResult<CaptionDoc> {
  const issues = createIssues(strict);
  const source = readJsonSource(text, "segments", issues);
  if (!source) return issues.fail({ line: 1, message: "not a JSON transcript" });
  checkVersion(source.root, "1", issues);
  const segments: Segment[] = [];
  source.items.forEach((item, index) => {
    const segment = readSegment(item, source.lineOfItem(index), issues);
    if (!segment) return;
    const prev = segments[segments.length - 1];
    if (prev && segment.start < prev.start)
      issues.warn(segment.line, "segment starts before the previous segment");
    segments.push(segment);
  });
  if (segments.length === 0)
    issues.error(1, 'no segments found: expected {"startTime": 0.5, "endTime": 1.2, "body": "…"}');
  return issues.finish<CaptionDoc>({ format: "json-transcript", cues: toCues(segments) });
}

/** One segment, or undefined (with a warning) when it has no usable start or body. */
function readSegment(item: unknown, line: number, issues: IssueCollector): Segment | undefined {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    issues.warn(line, "segment skipped: not an object");
    return undefined;
  }
  const { speaker, startTime, endTime, body } = item as Record<string, unknown>;
  if (!isTime(startTime)) {
    const why = startTime === undefined ? "has no" : "has an unusable";
    issues.warn(line, `segment skipped: ${why} "startTime" (expected seconds, e.g. 12.5)`);
    return undefined;
  }
  if (typeof body !== "string") {
    issues.warn(line, `segment skipped: ${body === undefined ? "no" : "a non-text"} "body"`);
    return undefined;
  }
  const segment: Segment = { start: startTime, body: collapseWhitespace(body), line };
  if (isTime(endTime)) {
    segment.end = endTime;
    if (endTime < startTime) issues.warn(line, "segment ends before its start");
  } else if (endTime !== undefined) issues.warn(line, 'unusable "endTime" ignored (expected seconds)');
  if (typeof speaker === "string" && speaker.trim() !== "") segment.speaker = collapseWhitespace(speaker);
  else if (speaker !== undefined && typeof speaker !== "string")
    issues.warn(line, 'unusable "speaker" ignored (expected text)');
  if (segment.body === "") issues.warn(line, "segment has no text");
  return segment;
}

const isWord = (s: Segment): boolean => s.body !== "" && !s.body.includes(" ");

/** Segments as cues: runs of one-word segments of one speaker become one cue each sentence. */
function toCues(segments: readonly Segment[]): Cue[] {
  const endOf = (k: number): number => {
    const s = segments[k];
    return s?.end ?? segments[k + 1]?.start ?? s?.start ?? 0;
  };
  const cues: Cue[] = [];
  let k = 0;
  while (k < segments.length) {
    const first = segments[k] as Segment;
    let last = k;
    if (isWord(first)) {
      while (
        !SENTENCE_END.test(segments[last]?.body ?? "") &&
        segments[last + 1] !== undefined &&
        isWord(segments[last + 1] as Segment) &&
        segments[last + 1]?.speaker === first.speaker
      )
        last++;
    }
    const run = segments.slice(k, last + 1);
    const cue: Cue = {
      start: first.start,
      end: endOf(last),
      ...(first.speaker !== undefined ? { voice: first.speaker } : {}),
      text: run.map((s) => s.body).join(" "),
      line: first.line,
    };
    if (isWord(first)) cue.parts = run.map((s, j) => ({ text: s.body, start: s.start, end: endOf(k + j) }));
    cues.push(cue);
    k = last + 1;
  }
  return cues;
}
