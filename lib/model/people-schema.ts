import { z } from "zod";
import { httpUrlSchema } from "./manifest-schema";
import { durationSchema, secondsSchema, sourceIdSchema } from "./schema-primitives";

/**
 * The people part of the episode model: who is credited without speaking, and the moments
 * the show itself points at (a feed's `podcast:soundbite`). Speakers live in the transcript
 * part; a credited person who speaks in the transcript is a speaker, not a credit.
 */

/** A person the episode credits (host, producer, editor…) who has no turn in the transcript. */
export const creditSchema = z.object({
  name: z.string().min(1),
  /** Podcasting 2.0 taxonomy role, e.g. "host", "producer". */
  role: z.string().min(1).optional(),
  /** Podcasting 2.0 taxonomy group, e.g. "cast", "writing". */
  group: z.string().min(1).optional(),
  image: httpUrlSchema.optional(),
  href: httpUrlSchema.optional(),
});

/** A moment the show marks as worth hearing: `[start, end)` on the episode clock. */
export const highlightSchema = z.object({
  id: z.string().regex(/^h-\d+$/),
  start: secondsSchema,
  end: secondsSchema,
  /** Its length as the show gave it (s). */
  duration: durationSchema,
  title: z.string().min(1).optional(),
  /** Where it came from (the manifest, which `episodes feed` fills from the feed). */
  source: sourceIdSchema,
});

export type Credit = z.output<typeof creditSchema>;
export type Highlight = z.output<typeof highlightSchema>;

/** One of a person's turns, for their page's "longest turns": where it is and how it starts. */
export const catalogueTurnSchema = z.object({
  start: secondsSchema,
  end: secondsSchema,
  /** The turn's first words (a few dozen characters), plain text. */
  quote: z.string(),
});

/**
 * Someone who speaks or is credited in one episode, as the catalogue keeps them: enough for the
 * people pages to be drawn from the catalogue alone, without reading any episode's model.
 * Unnamed voices are never listed.
 */
export const cataloguePersonSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1).optional(),
  image: httpUrlSchema.optional(),
  /** Seconds of timed speech in the episode; 0 for a credit (or untimed turns). */
  seconds: durationSchema,
  /** Credited without speaking (`episode.credits`). */
  credited: z.boolean().optional(),
  /** The episode's longest timed turns of this person, longest first (at most a few). */
  turns: z.array(catalogueTurnSchema),
});

export type CatalogueTurn = z.output<typeof catalogueTurnSchema>;
export type CataloguePerson = z.output<typeof cataloguePersonSchema>;
