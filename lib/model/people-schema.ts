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
