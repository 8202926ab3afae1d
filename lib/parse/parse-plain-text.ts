import { createIssues, neverThrow } from "./issues";
import { findSpeakerLabels, splitTurns } from "./speaker-label";
import { addLineBreaks } from "./turn-line-breaks";
import { collapseWhitespace, createLineLocator, normaliseNewlines } from "./text-lines";
import type { ParseOptions, ParseResult, PlainTextDoc } from "./types";

/** Longest text (after collapsing) still taken as a title that wraps over several lines. */
const MAX_TITLE = 200;

/**
 * Where the title ends: the text before the first speaker label when it is one short
 * paragraph (it may wrap over lines), else the first non-empty line.
 */
function titleEnd(text: string, firstLabel: number): number {
  const lead = text.search(/\S/);
  if (lead === -1 || lead >= firstLabel) return 0;
  const blank = /\n[ \t\u00A0]*\n/g;
  blank.lastIndex = lead;
  const para = blank.exec(text);
  const paraEnd = Math.min(para ? para.index : text.length, firstLabel);
  if (collapseWhitespace(text.slice(0, paraEnd)).length <= MAX_TITLE) return paraEnd;
  const eol = text.indexOf("\n", lead);
  return Math.min(eol === -1 ? text.length : eol, firstLabel);
}

/**
 * Parses a plain speaker-labelled transcript: a title (first line, or the text up to the
 * first label when it is one short paragraph wrapped over lines), then turns starting at
 * `Name:` labels (one to four capitalised words, see `speaker-label.ts`).
 *
 * Lines are joined with spaces and all whitespace (incl. U+00A0) collapsed; curly quotes,
 * dashes and bracketed notes are kept. Each turn's `line` is its label's line, its `breaks` where
 * its words move to later lines (see `turn-line-breaks.ts`). Text between the
 * title and the first label is a turn without speaker. Errors: empty input. Warnings (errors
 * when `strict`): no speaker labels at all, labels with no text. Never throws.
 *
 * @param text The transcript (any line ends).
 */
export function parsePlainText(text: string, options: ParseOptions = {}): ParseResult<PlainTextDoc> {
  return neverThrow(() => parse(text, options.strict === true));
}

function parse(input: string, strict: boolean): ParseResult<PlainTextDoc> {
  const issues = createIssues(strict);
  const text = normaliseNewlines(input);
  if (text.trim() === "") return issues.fail({ line: 1, message: "empty file: expected a transcript" });
  const lineAt = createLineLocator(text);
  const labels = findSpeakerLabels(text);
  const first = labels[0]?.start ?? text.length;
  const end = titleEnd(text, first);
  const title = collapseWhitespace(text.slice(0, end));
  if (labels.length === 0) issues.warn(1, 'no speaker labels found (expected lines like "Jane Doe: Hello")');
  const body = { text: text.slice(end), lineAt: (o: number) => lineAt(o + end) };
  const turns = addLineBreaks(splitTurns([body]), body.text, body.lineAt);
  for (const turn of turns) {
    if (turn.speaker !== undefined && turn.text === "")
      issues.warn(turn.line, `"${turn.speaker}:" has no text`);
  }
  return issues.finish<PlainTextDoc>({ format: "plain-text", ...(title ? { title } : {}), turns });
}
