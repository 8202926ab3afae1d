import { plainCueText } from "./cue-text";
import { createIssues, neverThrow, type IssueCollector } from "./issues";
import { parseClockTime } from "../time/parse-timestamp";
import { findSpeakerLabels } from "./speaker-label";
import { splitLines } from "./text-lines";
import type { CaptionDoc, Cue, ParseOptions, ParseResult } from "./types";

const TIME = String.raw`\d{1,3}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?`;
const TIMING_LINE = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})(?:\s.*)?$`);
const STANDARD_TIME = /^\d{2,3}:\d{2}:\d{2},\d{3}$/;
const BRACKET_NAME = /^\[(\p{Lu}[\p{L}\p{M}'’\-]*(?: (?:\p{Lu}[\p{L}\p{M}'’\-]*|\d{1,3})){0,3})\]\s*/u;
const SOUND_WORDS =
  /^(music|applause|laughter|laughs|laughing|silence|inaudible|crosstalk|noise|chuckles|sighs)$/i;
const isBlank = (line: string): boolean => line.trim() === "";

/**
 * Speaker of a subtitle's text: `<v Name>`, a leading `[Name]`, or a leading `Name: ` label
 * (same rule as plain transcripts). Returns the text without the speaker marker.
 */
export function srtSpeaker(text: string, voice?: string): { text: string; voice?: string } {
  if (voice) return { text, voice };
  const bracket = BRACKET_NAME.exec(text);
  if (bracket?.[1] && !SOUND_WORDS.test(bracket[1]))
    return { text: text.slice(bracket[0].length), voice: bracket[1] };
  const label = findSpeakerLabels(text)[0];
  if (label && label.start === 0) return { text: text.slice(label.end).trim(), voice: label.name };
  return { text };
}

/** Splits a run of non-blank lines where a subtitle starts without a blank line before it. */
function splitRunOn(
  run: string[],
  firstLine: number,
  issues: IssueCollector,
): { lines: string[]; line: number }[] {
  const parts: { lines: string[]; line: number }[] = [];
  let from = 0;
  for (let j = 2; j < run.length; j++) {
    if (j - 1 > from + 1 && TIMING_LINE.test(run[j] ?? "") && /^\s*\d+\s*$/.test(run[j - 1] ?? "")) {
      issues.warn(firstLine + j - 1, "missing blank line before this subtitle");
      parts.push({ lines: run.slice(from, j - 1), line: firstLine + from });
      from = j - 1;
    }
  }
  parts.push({ lines: run.slice(from), line: firstLine + from });
  return parts;
}

function readTiming(
  line: string,
  lineNo: number,
  issues: IssueCollector,
): { start: number; end: number } | undefined {
  const m = TIMING_LINE.exec(line);
  const start = m?.[1] === undefined ? undefined : parseClockTime(m[1]);
  const end = m?.[2] === undefined ? undefined : parseClockTime(m[2]);
  if (!m || start === undefined || end === undefined) {
    issues.warn(
      lineNo,
      `subtitle skipped: bad timing line "${line.trim().slice(0, 60)}" (expected 00:00:01,000 --> 00:00:04,000)`,
    );
    return undefined;
  }
  if (!STANDARD_TIME.test(m[1] ?? "") || !STANDARD_TIME.test(m[2] ?? "")) {
    issues.warn(lineNo, "non-standard SRT time (expected hh:mm:ss,mmm)");
  }
  return { start, end };
}

/**
 * Parses SubRip (SRT) subtitles: blocks of an index line, a timing line
 * `00:00:01,000 --> 00:00:04,000` and text lines, separated by blank lines.
 *
 * Cue `start`/`end` are seconds; `text` is plain (tags and `{\an8}` overrides removed,
 * entities decoded, lines joined by a space); `voice` comes from `<v Name>`, a leading `[Name]`
 * or a leading `Name:` label. Errors: empty input, no subtitles. Warnings (errors when
 * `strict`): bad or non-standard timing lines, missing/odd index lines, text outside any
 * subtitle (appended to the previous one), empty subtitles, times out of order. Never throws.
 *
 * @param text The file's text (any line ends).
 */
export function parseSrt(text: string, options: ParseOptions = {}): ParseResult<CaptionDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(text: string, strict: boolean): ParseResult<CaptionDoc> {
  const issues = createIssues(strict);
  const lines = splitLines(text);
  if (lines.every(isBlank)) return issues.fail({ line: 1, message: "empty file: expected SRT subtitles" });
  const cues: Cue[] = [];
  const raw: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i] ?? "")) {
      i++;
      continue;
    }
    const start = i;
    while (i < lines.length && !isBlank(lines[i] ?? "")) i++;
    for (const sub of splitRunOn(lines.slice(start, i), start + 1, issues)) readBlock(sub.lines, sub.line);
  }
  function readBlock(block: string[], blockLine: number): void {
    let timingAt = block.findIndex((l) => l.includes("-->"));
    if (timingAt > 1 || timingAt === -1) {
      const prev = cues[cues.length - 1];
      if (prev && timingAt === -1) {
        issues.warn(blockLine, "blank line inside a subtitle: text joined to the previous subtitle");
        raw[raw.length - 1] += "\n" + block.join("\n");
        return;
      }
      issues.warn(blockLine, "text outside any subtitle ignored (expected an index line and a timing line)");
      if (timingAt === -1) return;
    }
    if (timingAt === 0) issues.warn(blockLine, "subtitle has no index line");
    else if (timingAt === 1 && !/^\s*\d+\s*$/.test(block[0] ?? "")) {
      issues.warn(blockLine, `subtitle index "${(block[0] ?? "").trim().slice(0, 30)}" is not a number`);
    }
    timingAt = Math.max(timingAt, 0);
    const lineNo = blockLine + timingAt;
    const timing = readTiming(block[timingAt] ?? "", lineNo, issues);
    if (!timing) return;
    if (timing.end <= timing.start) issues.warn(lineNo, "subtitle ends at or before its start");
    const prev = cues[cues.length - 1];
    if (prev && timing.start < prev.start) issues.warn(lineNo, "subtitle starts before the previous one");
    cues.push({ start: timing.start, end: timing.end, text: "", line: lineNo });
    raw.push(block.slice(timingAt + 1).join("\n"));
  }
  cues.forEach((cue, k) => {
    const stripped = (raw[k] ?? "").replace(/\{\\[^}]*\}/g, "");
    const plain = plainCueText(stripped, cue.start, cue.end);
    const spoken = srtSpeaker(plain.text, plain.voice);
    cue.text = spoken.text;
    if (spoken.voice) cue.voice = spoken.voice;
    if (!cue.text) issues.warn(cue.line, "subtitle has no text");
  });
  if (cues.length === 0)
    issues.error(1, "no subtitles found: expected lines like 00:00:01,000 --> 00:00:04,000");
  return issues.finish<CaptionDoc>({ format: "srt", cues });
}
