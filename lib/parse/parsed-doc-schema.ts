import { z } from "zod";

/**
 * The documents the parsers produce, as zod schemas: the one source of their types (re-exported
 * by `./types`). Times are seconds. Parsing a value through {@link parsedDocSchema} also makes a
 * defensive copy (see `sanitizeDoc`): every field takes what a parser would have written, or a
 * safe default, so the merge accepts a hand-made or garbled document without throwing.
 */

/** Largest time accepted, seconds (~116 days): beyond it arithmetic could overflow. */
const MAX_TIME = 1e7;

/** A finite time within ±{@link MAX_TIME} s (zod's number already refuses NaN and ±Infinity). */
const time = z.number().min(-MAX_TIME).max(MAX_TIME);
/** A time that may be absent; an unusable one is dropped. */
const optionalTime = time.optional().catch(undefined);
/** Any string; anything else becomes "". */
const text = z.string().catch("");
/** A string kept only when it has a non-blank character; otherwise the key is dropped. */
const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v : undefined),
  z.string().optional(),
);
/** 1-based source line; a line that is not a usable number becomes 1. */
const line = time.catch(1);

const asObject = (v: unknown): object => (typeof v === "object" && v !== null ? v : {});
/** An item read for its fields: anything that is not a non-array object has none. */
const asFields = (v: unknown): object => (Array.isArray(v) ? {} : asObject(v));
/** An object whose fields all have defaults: anything that is not an object reads as `{}`. */
const record = <S extends z.ZodRawShape>(shape: S) => z.preprocess(asFields, z.object(shape));
/** A list whose items all parse (their fields have defaults); anything but an array is empty. */
const list = <T extends z.ZodType>(item: T) => z.array(item).catch([]);
/** A list that drops the items that fail (those without a usable time). */
const listDroppingInvalid = <T extends z.ZodType>(item: T) =>
  z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((x): z.output<T>[] => {
        const parsed = item.safeParse(asFields(x));
        return parsed.success ? [parsed.data] : [];
      }),
    );

/** One caption cue. Times in seconds on the file's own clock; text without markup. */
export const cueSchema = z
  .object({
    start: time,
    /** An unusable end becomes the start. */
    end: optionalTime,
    /** `<v Speaker 1>` voice name, if any. */
    voice: optionalText,
    text,
    /** Line of the cue's timing line. */
    line,
  })
  .transform((cue) => ({ ...cue, end: cue.end ?? cue.start }));

export const captionDocSchema = z.object({
  format: z.enum(["vtt", "srt"]),
  /** Text after `WEBVTT - ` in the header, if any. */
  title: optionalText,
  cues: listDroppingInvalid(cueSchema),
});

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

export const parsedChapterSchema = z.object({
  title: text,
  /** Seconds. */
  start: time,
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

export const parsedDocSchema = z.discriminatedUnion("format", [
  captionDocSchema,
  plainTextDocSchema,
  summaryPageDocSchema,
  timestampedNotesDocSchema,
  showNotesDocSchema,
]);

export type Cue = z.output<typeof cueSchema>;
export type CaptionDoc = z.output<typeof captionDocSchema>;
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
export type ParsedDoc = z.output<typeof parsedDocSchema>;
