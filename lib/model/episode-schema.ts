import { z } from "zod";
import { SOURCE_FORMATS } from "../parse/types";
import { mediaSchema } from "./media-schema";
import { blockSchema, chapterSchema, keyPointSchema, noteSchema, sectionSchema } from "./outline-schema";
import { durationSchema, sourceIdSchema } from "./schema-primitives";
import { cataloguePersonSchema, creditSchema, highlightSchema } from "./people-schema";
import { sourceSchema, warningSchema } from "./source-schema";
import { speakerSchema, transcriptSchema } from "./transcript-schema";

/**
 * The canonical episode model: the single source of every content type.
 * All times are seconds on the episode clock (the clock of the primary media).
 * The parts live in their own modules (transcript, outline, sources, media) and are
 * re-exported here, so the model is imported from one place.
 */

export { mediaSchema, type Media } from "./media-schema";
export {
  blockSchema,
  chapterSchema,
  keyPointSchema,
  noteSchema,
  sectionSchema,
  type Block,
  type Chapter,
  type KeyPoint,
  type Note,
  type Section,
} from "./outline-schema";
export {
  cataloguePersonSchema,
  creditSchema,
  highlightSchema,
  type CataloguePerson,
  type CatalogueTurn,
  type Credit,
  type Highlight,
} from "./people-schema";
export {
  sourceSchema,
  sourceUseSchema,
  warningSchema,
  type EpisodeWarning,
  type Source,
  type SourceUse,
} from "./source-schema";
export {
  paragraphSchema,
  sentenceSchema,
  sentenceTiming,
  storedSentenceSchema,
  speakerSchema,
  timingSchema,
  transcriptSchema,
  turnSchema,
  wordSchema,
  type Paragraph,
  type Sentence,
  type Speaker,
  type Timing,
  type Transcript,
  type Turn,
  type Word,
} from "./transcript-schema";
import { SLUG_PATTERN } from "./slug-pattern";

/**
 * The version of the stored model and catalogue this build writes and reads. 2: sentences store
 * their words in columns (issue 15); 1 stored every word as an object. A file of another version
 * is refused with a message saying how to rebuild it (`model-version.ts`).
 */
export const MODEL_VERSION = 2;

/**
 * One schema, two forms: `episodeSchema.parse(stored)` (or `z.decode`) reads a stored file into
 * the expanded `Episode` every consumer uses; `z.encode(episodeSchema, episode)` gives the stored
 * form (`serialize-episode.ts` writes it). Only turns differ between the two (`transcript-schema.ts`).
 */
export const episodeSchema = z.object({
  schemaVersion: z.literal(MODEL_VERSION),
  slug: z.string().regex(SLUG_PATTERN),
  title: z.string().min(1),
  /** Every title the sources gave, with where it came from. */
  titles: z.array(z.object({ text: z.string(), source: sourceIdSchema })),
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
  duration: durationSchema.optional(),
  media: z.array(mediaSchema),
  sources: z.array(sourceSchema).min(1),
  speakers: z.array(speakerSchema),
  /** People credited by the manifest (or a feed) who do not speak in the transcript. */
  credits: z.array(creditSchema).default([]),
  sections: z.array(sectionSchema),
  keyPoints: z.array(keyPointSchema),
  transcript: transcriptSchema,
  notes: z.array(noteSchema),
  chapters: z.array(chapterSchema),
  blocks: z.array(blockSchema),
  /** Moments the show marks (a feed's soundbites), in time order. */
  highlights: z.array(highlightSchema).default([]),
  warnings: z.array(warningSchema),
});

export const catalogueEntrySchema = z.object({
  slug: episodeSchema.shape.slug,
  title: z.string(),
  show: z.string().optional(),
  published: episodeSchema.shape.published,
  duration: durationSchema.optional(),
  /** One line for the library card: the episode's description, else its first summary item. */
  description: z.string().optional(),
  speakers: z.array(z.string()),
  /** Named speakers (with their talk time and longest turns) and credits: the people pages' source. */
  people: z.array(cataloguePersonSchema),
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
  schemaVersion: z.literal(MODEL_VERSION),
  episodes: z.array(catalogueEntrySchema),
});

/**
 * The catalogue as a list of slugs: all the library search index needs of it (the cards are the
 * site's, which checks them whole). Checking 1,000 cards it would not read took ~50 ms of every
 * `episodes index`.
 */
export const catalogueSlugsSchema = catalogueSchema.extend({
  episodes: z.array(catalogueEntrySchema.pick({ slug: true })),
});

export type Episode = z.output<typeof episodeSchema>;
/** The episode as stored on disk (sentences columnar). */
export type StoredEpisode = z.input<typeof episodeSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueEntry = z.output<typeof catalogueEntrySchema>;
