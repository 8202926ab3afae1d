import { plainCueText } from "./cue-text";
import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { splitLines } from "./text-lines";
import type { CaptionDoc, Cue, ParseOptions, ParseResult } from "./types";

/**
 * WebVTT parser following the W3C WebVTT file-parsing algorithm (what a browser does), so cue
 * times match a browser's; cue text markup is read with media-captions' tokenizer.
 * It is synchronous because media-captions' own `parseText` is async-only.
 */

const KNOWN_SETTINGS = new Set(["vertical", "line", "position", "size", "align", "region"]);
const TIMESTAMP = /(\d+):(\d{2})(?!\d)(?::(\d{2})(?!\d))?\.(\d{3})(?!\d)/y;

/**
 * Collects a WebVTT timestamp at `pos` (W3C "collect a WebVTT timestamp"): `[h…:]mm:ss.ttt`,
 * hours required when the first field is not two digits or exceeds 59.
 *
 * @returns Seconds and the position after the timestamp, or undefined when malformed.
 */
export function collectVttTimestamp(line: string, pos: number): { seconds: number; end: number } | undefined {
  TIMESTAMP.lastIndex = pos;
  const m = TIMESTAMP.exec(line);
  if (!m) return undefined;
  const [, a = "", b = "", c, ms = ""] = m;
  const firstIsHours = a.length !== 2 || Number(a) > 59;
  if (firstIsHours && c === undefined) return undefined;
  const [h, mm, ss] = c === undefined ? [0, Number(a), Number(b)] : [Number(a), Number(b), Number(c)];
  if (mm > 59 || ss > 59) return undefined;
  return { seconds: h * 3600 + mm * 60 + ss + Number(ms) / 1000, end: TIMESTAMP.lastIndex };
}

const skipSpace = (line: string, pos: number): number => {
  while (pos < line.length && /[ \t\f]/.test(line.charAt(pos))) pos++;
  return pos;
};

/** A cue timing line (`start --> end settings`) in seconds, or why it is not one. */
function parseTimingLine(
  line: string,
): { start: number; end: number; settings: string } | { problem: string } {
  let pos = skipSpace(line, 0);
  const start = collectVttTimestamp(line, pos);
  const token = (p: number): string => line.slice(p).trim().split(/\s+/)[0] ?? "";
  if (!start) return { problem: `bad cue start time "${token(pos)}" (expected [hh:]mm:ss.ttt)` };
  pos = skipSpace(line, start.end);
  if (line.slice(pos, pos + 3) !== "-->") return { problem: `expected "-->" after the cue start time` };
  pos = skipSpace(line, pos + 3);
  const end = collectVttTimestamp(line, pos);
  if (!end) return { problem: `bad cue end time "${token(pos)}" (expected [hh:]mm:ss.ttt)` };
  return { start: start.seconds, end: end.seconds, settings: line.slice(end.end) };
}

function checkSettings(settings: string, line: number, issues: IssueCollector): void {
  for (const setting of settings.trim().split(/[ \t]+/)) {
    if (!setting) continue;
    const colon = setting.indexOf(":");
    const name = colon > 0 ? setting.slice(0, colon) : "";
    if (!KNOWN_SETTINGS.has(name) || colon === setting.length - 1) {
      issues.warn(line, `ignored cue setting "${setting}"`);
    }
  }
}

/**
 * Parses WebVTT captions.
 *
 * Cue `start`/`end` are seconds; `text` has markup removed, entities decoded and lines joined
 * by one space; `voice` is the first `<v Name>`. `title` is the header text after `WEBVTT - `.
 * Errors: empty file, missing `WEBVTT` header on line 1, no cues. Warnings (errors when
 * `strict`): cues skipped for bad timing lines, empty cues, cues ending before they start or
 * out of order, stray text blocks, unknown cue settings. Never throws.
 *
 * @param text The file's text (any line ends).
 */
export function parseVtt(text: string, options: ParseOptions = {}): ParseResult<CaptionDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(text: string, strict: boolean): ParseResult<CaptionDoc> {
  const issues = createIssues(strict);
  const lines = splitLines(text);
  if (lines.every((l) => l.trim() === ""))
    return issues.fail({ line: 1, message: "empty file: expected a WEBVTT header" });
  const header = /^WEBVTT(?:[ \t](.*))?$/.exec(lines[0] ?? "");
  if (!header) {
    const found = (lines[0] ?? "").slice(0, 40);
    return issues.fail({ line: 1, message: `missing "WEBVTT" header on line 1 (found "${found}")` });
  }
  const title = (header[1] ?? "")
    .trim()
    .replace(/^-+\s*/, "")
    .trim();
  const cues: Cue[] = [];
  let i = skipHeaderBlock(lines, issues);
  while (i < lines.length) {
    if (lines[i] === "") {
      i++;
      continue;
    }
    const block = readBlock(lines, i, issues);
    if (block.cue) cues.push(finishCue(block.cue, block.buffer, cues[cues.length - 1], issues));
    else if (!block.seenArrow && !/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block.buffer[0] ?? "")) {
      issues.warn(i + 1, "text outside any cue ignored (expected a cue timing line)");
    }
    i = block.next;
  }
  if (cues.length === 0) issues.error(1, "no cues found: expected lines like 00:00:01.000 --> 00:00:04.000");
  return issues.finish<CaptionDoc>({ format: "vtt", ...(title ? { title } : {}), cues });
}

/**
 * Skips the header block, which runs to the first blank line; a timing line ends it early
 * (as in browsers).
 *
 * @returns The index of the line after the header block.
 */
function skipHeaderBlock(lines: string[], issues: IssueCollector): number {
  let i = 1;
  while (i < lines.length && lines[i] !== "") {
    if ((lines[i] ?? "").includes("-->")) {
      issues.warn(i + 1, "missing blank line between the WEBVTT header and the first cue");
      break;
    }
    i++;
  }
  return i;
}

interface TimedCue {
  start: number;
  end: number;
  line: number;
}

/**
 * Reads one block from line index `from` to the next blank line (or to a timing line where a
 * browser would start a new block). `cue` is its timing when it has a readable one; `buffer`
 * the text lines after it (or all lines when there is none).
 */
function readBlock(
  lines: string[],
  from: number,
  issues: IssueCollector,
): { cue?: TimedCue; buffer: string[]; seenArrow: boolean; next: number } {
  const buffer: string[] = [];
  let cue: TimedCue | undefined;
  let seenArrow = false;
  let i = from;
  for (let count = 1; i < lines.length; count++) {
    const line = lines[i] ?? "";
    if (line === "") break;
    if (line.includes("-->")) {
      if (count !== 1 && (count !== 2 || seenArrow)) break;
      seenArrow = true;
      const timing = parseTimingLine(line);
      if ("problem" in timing) issues.warn(i + 1, `cue skipped: ${timing.problem}`);
      else {
        cue = { start: timing.start, end: timing.end, line: i + 1 };
        checkSettings(timing.settings, i + 1, issues);
        buffer.length = 0;
      }
    } else buffer.push(line);
    i++;
  }
  return { ...(cue ? { cue } : {}), buffer, seenArrow, next: i };
}

/** Makes a cue of its timing and text lines, warning when it is empty, inverted or out of order. */
function finishCue(cue: TimedCue, buffer: string[], prev: Cue | undefined, issues: IssueCollector): Cue {
  const plain = plainCueText(buffer.join("\n"), cue.start, cue.end);
  if (cue.end <= cue.start) issues.warn(cue.line, "cue ends at or before its start");
  if (prev && cue.start < prev.start) issues.warn(cue.line, "cue starts before the previous cue");
  if (!plain.text) issues.warn(cue.line, "cue has no text");
  return {
    start: cue.start,
    end: cue.end,
    ...(plain.voice ? { voice: plain.voice } : {}),
    text: plain.text,
    line: cue.line,
  };
}
