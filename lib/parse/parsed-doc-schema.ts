import { z } from "zod";
import { captionDocSchema } from "./caption-doc-schema";
import {
  asObject,
  httpUrl,
  line,
  list,
  listDroppingInvalid,
  optionalText,
  optionalTime,
  record,
  text,
  time,
} from "./doc-schema-fields";

/**
 * The documents the parsers produce, as zod schemas: the one source of their types (re-exported
 * by `./types`). Times are seconds. Parsing a value through {@link parsedDocSchema} also makes a
 * defensive copy (see `sanitizeDoc`): every field takes what a parser would have written, or a
 * safe default, so the merge accepts a hand-made or garbled document without throwing.
 */

export { captionDocSchema, cuePartSchema, cueSchema, type CaptionDoc, type Cue } from "./caption-doc-schema";

/** A speaker turn of clean text. `text` has whitespace collapsed to single spaces. */
export const textTurnSchema = record({
  /** The `Name:` label (trimmed), absent for text before the first label. */
  speaker: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
    z.string().optional(),
  ),
  text,
  line,
  /**
   * Indexes of the words of `text` (split on spaces) that start a later source line, one per line
   * moved (a blank line repeats the index): word `i` is on `line` + the number of entries ≤ `i`.
   * Absent when the text is on the label's line. Sorted; entries that are not word indexes are dropped.
   */
  breaks: z.preprocess((v) => {
    const kept = Array.isArray(v)
      ? v.filter((b): b is number => Number.isInteger(b) && (b as number) >= 0).sort((a, b) => a - b)
      : [];
    return kept.length > 0 ? kept : undefined;
  }, z.array(z.number()).optional()),
});

export const plainTextDocSchema = z.object({
  format: z.literal("plain-text"),
  title: optionalText,
  turns: list(textTurnSchema),
});

/** A caption chunk of the summary page's transcript, prefixed by its video time. */
export const timedChunkSchema = z.object({
  /** Seconds on the video clock. */
  start: time,
  /** Text of the chunk, `Name:` labels left in place (whitespace collapsed). */
  text,
  line,
});

export const summarySectionSchema = z.object({
  title: text,
  description: text,
  /** Seconds on the video clock. */
  start: time,
  line,
});

export const summaryPageDocSchema = z.object({
  format: z.literal("summary-page"),
  title: text,
  sourceUrl: optionalText,
  youtubeId: optionalText,
  /** Seconds; a negative one is dropped. */
  duration: time.min(0).optional().catch(undefined),
  keyPoints: list(record({ text, line })),
  summary: list(text),
  sections: listDroppingInvalid(summarySectionSchema),
  /** The transcript's chunks in order; their concatenation is the clean text. */
  chunks: listDroppingInvalid(timedChunkSchema),
  /** The transcript as speaker turns, derived from the chunks (same words, in order). */
  turns: list(textTurnSchema),
});

export const noteLinkSchema = record({ label: text, target: text });

/** One timestamped claim of a notes page. */
export const parsedNoteSchema = record({
  /** Headings above the note, outermost first. */
  headingPath: list(text),
  /** Text with wiki links replaced by their labels and markup removed. */
  text,
  /** Seconds on the video clock, absent when the claim has no timestamp. */
  start: optionalTime,
  links: list(noteLinkSchema),
  line,
});

export const timestampedNotesDocSchema = z.object({
  format: z.literal("timestamped-notes"),
  title: optionalText,
  videoId: optionalText,
  /** Any other front matter keys, kept as strings. */
  frontMatter: z.preprocess(
    (v) => Object.fromEntries(Object.entries(asObject(v))),
    z.record(z.string(), text),
  ),
  notes: list(parsedNoteSchema),
  /** Lines of text that are not notes (e.g. "From: acquiredfm"), kept verbatim. */
  preamble: list(text),
});

/** A chapter of show notes or of a JSON chapters file. */
export const parsedChapterSchema = z.object({
  title: text,
  /** Seconds. */
  start: time,
  /** Seconds, when the source gives the end (JSON chapters' `endTime`). */
  end: optionalTime,
  /** The chapter's image and web page (JSON chapters' `img`, `url`): http(s) URLs only. */
  img: httpUrl,
  url: httpUrl,
  /** False for a chapter kept out of the table of contents (JSON chapters' `toc: false`). */
  toc: z.literal(false).optional().catch(undefined),
  line,
});

export const showNotesBlockSchema = record({
  heading: optionalText,
  kind: z.enum(["paragraph", "list"]).catch("paragraph"),
  items: list(text),
  line,
});

export const showNotesDocSchema = z.object({
  format: z.literal("show-notes"),
  title: text,
  /** Paragraphs and lists other than the chapters, in order. */
  blocks: list(showNotesBlockSchema),
  chapters: listDroppingInvalid(parsedChapterSchema),
});

/** A Podcasting 2.0 JSON chapters file (`application/json+chapters`). */
export const jsonChaptersDocSchema = z.object({
  format: z.literal("json-chapters"),
  /** The top-level `title` (the episode's), if any. */
  title: optionalText,
  chapters: listDroppingInvalid(parsedChapterSchema),
});

export const parsedDocSchema = z.discriminatedUnion("format", [
  captionDocSchema,
  plainTextDocSchema,
  summaryPageDocSchema,
  timestampedNotesDocSchema,
  showNotesDocSchema,
  jsonChaptersDocSchema,
]);

export type TextTurn = z.output<typeof textTurnSchema>;
export type PlainTextDoc = z.output<typeof plainTextDocSchema>;
export type TimedChunk = z.output<typeof timedChunkSchema>;
export type SummarySection = z.output<typeof summarySectionSchema>;
export type SummaryPageDoc = z.output<typeof summaryPageDocSchema>;
export type NoteLink = z.output<typeof noteLinkSchema>;
export type ParsedNote = z.output<typeof parsedNoteSchema>;
export type TimestampedNotesDoc = z.output<typeof timestampedNotesDocSchema>;
export type ParsedChapter = z.output<typeof parsedChapterSchema>;
export type ShowNotesBlock = z.output<typeof showNotesBlockSchema>;
export type ShowNotesDoc = z.output<typeof showNotesDocSchema>;
export type JsonChaptersDoc = z.output<typeof jsonChaptersDocSchema>;
export type ParsedDoc = z.output<typeof parsedDocSchema>;
