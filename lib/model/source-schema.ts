import { z } from "zod";
import { SOURCE_FORMATS } from "../parse/types";
import { sourceIdSchema } from "./schema-primitives";

/** Provenance in the episode model: the source files, what the merge took from each, and its warnings. */

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
  "people",
  "highlights",
]);

export const sourceSchema = z.object({
  id: sourceIdSchema,
  format: z.enum(SOURCE_FORMATS),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  /** episodeTime = sourceTime * rate + offset; present for timed sources. */
  clock: z.object({ offset: z.number().finite(), rate: z.number().positive() }).optional(),
  /** What the merge took from this source, e.g. ["words", "names"]. */
  used: z.array(sourceUseSchema),
});

export const warningSchema = z.object({
  source: sourceIdSchema.optional(),
  line: z.number().int().positive().optional(),
  message: z.string().min(1),
});

export type SourceUse = z.output<typeof sourceUseSchema>;
export type Source = z.output<typeof sourceSchema>;
export type EpisodeWarning = z.output<typeof warningSchema>;
