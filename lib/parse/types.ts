/**
 * The contract every parser in `lib/parse/` fulfils. Parsers are pure: text in,
 * a typed document (times in seconds) or line-numbered issues out. They never throw
 * on bad input.
 */

/** Formats detected from a file's content (never its name). */
export const SOURCE_FORMATS = [
  "vtt",
  "srt",
  "summary-page",
  "plain-text",
  "timestamped-notes",
  "show-notes",
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

/** One caption cue. Times in seconds on the file's own clock; text without markup. */
export interface Cue {
  start: number;
  end: number;
  /** `<v Speaker 1>` voice name, if any. */
  voice?: string;
  text: string;
  /** Line of the cue's timing line. */
  line: number;
}

export interface CaptionDoc {
  format: "vtt" | "srt";
  /** Text after `WEBVTT - ` in the header, if any. */
  title?: string;
  cues: Cue[];
}

/** A speaker turn of clean text. `text` has whitespace collapsed to single spaces. */
export interface TextTurn {
  /** The `Name:` label, absent for text before the first label. */
  speaker?: string;
  text: string;
  line: number;
  /**
   * Indexes of the words of `text` (split on spaces) that start a later source line, one per line
   * moved (a blank line repeats the index): word `i` is on `line` + the number of entries ≤ `i`.
   * Absent when the text is on the label's line.
   */
  breaks?: number[];
}

export interface PlainTextDoc {
  format: "plain-text";
  title?: string;
  turns: TextTurn[];
}

/** A caption chunk of the summary page's transcript, prefixed by its video time. */
export interface TimedChunk {
  /** Seconds on the video clock. */
  start: number;
  /** Text of the chunk, `Name:` labels left in place (whitespace collapsed). */
  text: string;
  line: number;
}

export interface SummarySection {
  title: string;
  description: string;
  /** Seconds on the video clock. */
  start: number;
  line: number;
}

export interface SummaryPageDoc {
  format: "summary-page";
  title: string;
  sourceUrl?: string;
  youtubeId?: string;
  /** Seconds. */
  duration?: number;
  keyPoints: { text: string; line: number }[];
  summary: string[];
  sections: SummarySection[];
  /** The transcript's chunks in order; their concatenation is the clean text. */
  chunks: TimedChunk[];
  /** The transcript as speaker turns, derived from the chunks (same words, in order). */
  turns: TextTurn[];
}

export interface NoteLink {
  label: string;
  target: string;
}

/** One timestamped claim of a notes page. */
export interface ParsedNote {
  /** Headings above the note, outermost first. */
  headingPath: string[];
  /** Text with wiki links replaced by their labels and markup removed. */
  text: string;
  /** Seconds on the video clock, absent when the claim has no timestamp. */
  start?: number;
  links: NoteLink[];
  line: number;
}

export interface TimestampedNotesDoc {
  format: "timestamped-notes";
  title?: string;
  videoId?: string;
  /** Any other front matter keys, kept as strings. */
  frontMatter: Record<string, string>;
  notes: ParsedNote[];
  /** Lines of text that are not notes (e.g. "From: acquiredfm"), kept verbatim. */
  preamble: string[];
}

export interface ParsedChapter {
  title: string;
  /** Seconds. */
  start: number;
  line: number;
}

export interface ShowNotesBlock {
  heading?: string;
  kind: "paragraph" | "list";
  items: string[];
  line: number;
}

export interface ShowNotesDoc {
  format: "show-notes";
  title: string;
  /** Paragraphs and lists other than the chapters, in order. */
  blocks: ShowNotesBlock[];
  chapters: ParsedChapter[];
}

export type ParsedDoc = CaptionDoc | PlainTextDoc | SummaryPageDoc | TimestampedNotesDoc | ShowNotesDoc;
