import { z } from "zod";
import { SOURCE_FORMATS } from "../parse/types";

/**
 * The canonical episode model: the single source of every content type.
 * All times are seconds on the episode clock (the clock of the primary media).
 */

/** Seconds on the episode clock. Material outside the primary media may be negative. */
const seconds = z.number().finite();
const duration = z.number().finite().nonnegative();

/** A source file's id: its file name inside `content/sources/<slug>/`. */
const sourceId = z.string().min(1);

/** How a time was obtained, best first. */
export const timingSchema = z.enum(["exact", "aligned", "estimated", "coarse"]);

/**
 * What the merge can take from a source (`sources[].used`): a closed set, so a
 * new kind of provenance is added here, once, and every stage that records it
 * is type-checked against it.
 */
export const sourceUseSchema = z.enum([
  "words",
  "names",
  "voices",
  "times",
  "clock",
  "outside",
  "title",
  "duration",
  "summary",
  "sections",
  "key points",
  "notes",
  "chapters",
  "blocks",
  "media",
  "media offset",
]);

export const sourceSchema = z.object({
  id: sourceId,
  format: z.enum(SOURCE_FORMATS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** episodeTime = sourceTime * rate + offset; present for timed sources. */
  clock: z.object({ offset: z.number().finite(), rate: z.number().positive() }).optional(),
  /** What the merge took from this source, e.g. ["words", "names"]. */
  used: z.array(sourceUseSchema),
});

export const mediaSchema = z.object({
  kind: z.enum(["youtube", "audio", "video"]),
  /** YouTube watch URL, or an absolute URL / a path under `public/` for files. */
  url: z.string().min(1),
  youtubeId: z
    .string()
    .regex(/^[\w-]{11}$/)
    .optional(),
  /** The primary media defines the episode clock. */
  primary: z.boolean(),
  /** mediaTime = episodeTime - offset. */
  offset: z.number().finite(),
  source: sourceId,
});

export const speakerSchema = z.object({
  /** Stable: slug of the name, or `voice-N` for an unnamed voice. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).optional(),
  /** Shown when there is no name, e.g. "Speaker 1". */
  label: z.string().min(1),
  role: z.string().min(1).optional(),
  /** Where the name came from: a source id, or "episode.json". */
  nameSource: z.string().optional(),
  /** Anonymous caption voices mapped to this speaker, e.g. ["Speaker 2"]. */
  voices: z.array(z.string()),
});

export const wordSchema = z.object({
  text: z.string().min(1),
  start: seconds.optional(),
  end: seconds.optional(),
  timing: timingSchema.optional(),
  /** An editorial note such as `[BOO-dee-ay]`: shown as a note, not searched. */
  note: z.literal(true).optional(),
});

export const sentenceSchema = z.object({
  /** Derived from the start time (`s-516240` = 516.24 s), or the position when untimed. */
  id: z.string().min(1),
  /** Exactly the words' texts joined by single spaces. */
  text: z.string().min(1),
  start: seconds.optional(),
  end: seconds.optional(),
  timing: timingSchema.optional(),
  words: z.array(wordSchema).min(1),
});

export const paragraphSchema = z.object({
  id: z.string().min(1),
  start: seconds.optional(),
  sentences: z.array(sentenceSchema).min(1),
});

export const turnSchema = z.object({
  id: z.string().min(1),
  speakerId: z.string().optional(),
  start: seconds.optional(),
  end: seconds.optional(),
  paragraphs: z.array(paragraphSchema).min(1),
});

export const transcriptSchema = z.object({
  /** Best timing any sentence has: "none" says the transcript has no times. */
  timing: z.enum(["exact", "aligned", "coarse", "none"]),
  /** Source ids the words, names and times came from. */
  provenance: z.object({
    words: z.array(sourceId),
    names: z.array(sourceId),
    times: z.array(sourceId),
  }),
  turns: z.array(turnSchema),
  /** Material only a non-primary source has (an audio promo), kept apart. */
  outside: z.array(
    z.object({
      id: z.string().min(1),
      label: z.string().min(1),
      source: sourceId,
      turns: z.array(turnSchema),
    }),
  ),
});

export const sectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().optional(),
  start: seconds,
  end: seconds,
  source: sourceId,
});

export const keyPointSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  /**
   * Passages that support the point, best first, at most 3 and apart from each other;
   * empty when nothing supports it. A passage runs from `sentenceId` to `endSentenceId`
   * (the same sentence for a single one): "discussed" at length, or "mentioned" in passing.
   */
  support: z.array(
    z.object({
      sentenceId: z.string(),
      endSentenceId: z.string(),
      score: z.number().min(0).max(1),
      kind: z.enum(["discussed", "mentioned"]),
    }),
  ),
  source: sourceId,
});

export const noteSchema = z.object({
  id: z.string().min(1),
  headingPath: z.array(z.string()),
  text: z.string().min(1),
  start: seconds.optional(),
  links: z.array(z.object({ label: z.string(), target: z.string() })),
  /** Wiki-link targets, kept as tags. */
  tags: z.array(z.string()),
  source: sourceId,
});

export const chapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  start: seconds,
  end: seconds.optional(),
  source: sourceId,
});

export const blockSchema = z.object({
  heading: z.string().optional(),
  kind: z.enum(["paragraph", "list"]),
  items: z.array(z.string()),
  source: sourceId,
});

export const warningSchema = z.object({
  source: sourceId.optional(),
  line: z.number().int().positive().optional(),
  message: z.string().min(1),
});

export const episodeSchema = z.object({
  schemaVersion: z.literal(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  /** Every title the sources gave, with where it came from. */
  titles: z.array(z.object({ text: z.string(), source: sourceId })),
  show: z.string().optional(),
  summary: z.array(z.string()),
  description: z.string().optional(),
  /** ISO date `YYYY-MM-DD`. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  language: z.string().min(2),
  /** Seconds; absent when no source gives it. */
  duration: duration.optional(),
  media: z.array(mediaSchema),
  sources: z.array(sourceSchema).min(1),
  speakers: z.array(speakerSchema),
  sections: z.array(sectionSchema),
  keyPoints: z.array(keyPointSchema),
  transcript: transcriptSchema,
  notes: z.array(noteSchema),
  chapters: z.array(chapterSchema),
  blocks: z.array(blockSchema),
  warnings: z.array(warningSchema),
});

export const catalogueEntrySchema = z.object({
  slug: episodeSchema.shape.slug,
  title: z.string(),
  show: z.string().optional(),
  published: episodeSchema.shape.published,
  duration: duration.optional(),
  /** One line for the library card: the episode's description, else its first summary item. */
  description: z.string().optional(),
  speakers: z.array(z.string()),
  counts: z.object({
    sections: z.number().int().nonnegative(),
    keyPoints: z.number().int().nonnegative(),
    sentences: z.number().int().nonnegative(),
    notes: z.number().int().nonnegative(),
    chapters: z.number().int().nonnegative(),
  }),
  formats: z.array(z.enum(SOURCE_FORMATS)),
});

export const catalogueSchema = z.object({
  schemaVersion: z.literal(1),
  episodes: z.array(catalogueEntrySchema),
});

export type Episode = z.output<typeof episodeSchema>;
export type Speaker = z.output<typeof speakerSchema>;
export type Section = z.output<typeof sectionSchema>;
export type KeyPoint = z.output<typeof keyPointSchema>;
export type Turn = z.output<typeof turnSchema>;
export type Paragraph = z.output<typeof paragraphSchema>;
export type Sentence = z.output<typeof sentenceSchema>;
export type Word = z.output<typeof wordSchema>;
export type Note = z.output<typeof noteSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type Block = z.output<typeof blockSchema>;
export type Media = z.output<typeof mediaSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SourceUse = z.output<typeof sourceUseSchema>;
export type Transcript = z.output<typeof transcriptSchema>;
export type EpisodeWarning = z.output<typeof warningSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
export type Timing = z.output<typeof timingSchema>;
