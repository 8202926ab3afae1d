/**
 * The contract every parser in `lib/parse/` fulfils. Parsers are pure: text in,
 * a typed document (times in seconds) or line-numbered issues out. They never throw
 * on bad input. The documents' types come from their zod schemas (`./parsed-doc-schema`).
 */

/** Formats detected from a file's content (never its name). */
export const SOURCE_FORMATS = [
  "vtt",
  "srt",
  "summary-page",
  "plain-text",
  "timestamped-notes",
  "show-notes",
  "json-transcript",
  "html-transcript",
  "json-chapters",
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** A problem found while parsing; `line` is 1-based in the source file. */
export interface ParseIssue {
  line: number;
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[]; warnings: ParseIssue[] };

export interface ParseOptions {
  /** Strict mode: anything the tolerant mode would warn about is an error. */
  strict?: boolean;
}

export type {
  CaptionDoc,
  Cue,
  JsonChaptersDoc,
  NoteLink,
  ParsedChapter,
  ParsedDoc,
  ParsedNote,
  PlainTextDoc,
  ShowNotesBlock,
  ShowNotesDoc,
  SummaryPageDoc,
  SummarySection,
  TextTurn,
  TimedChunk,
  TimestampedNotesDoc,
} from "./parsed-doc-schema";
