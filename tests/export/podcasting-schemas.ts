import { z } from "zod";

/**
 * Podcasting 2.0 JSON formats, written from the field lists of the podcast namespace docs
 * (`docs/examples/transcripts/transcripts.md` and `docs/examples/chapters/jsonChapters.md`).
 * Objects are strict: a field the spec does not define is an error, so our exports stay within it.
 */

const seconds = z.number().finite().nonnegative();

/** JSON transcript: `version`, `segments[]` of `speaker?`, `startTime`, `endTime`, `body`. */
export const jsonTranscriptSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  segments: z.array(
    z
      .strictObject({
        speaker: z.string().min(1).optional(),
        startTime: seconds,
        endTime: seconds,
        body: z.string().min(1),
      })
      .refine((s) => s.endTime >= s.startTime, "endTime before startTime"),
  ),
});

const location = z.strictObject({
  name: z.string(),
  geo: z.string().regex(/^geo:/),
  osm: z.string().optional(),
});

/** JSON chapters 1.2.0: `version`, `chapters[]` and optional metadata about the file. */
export const jsonChaptersSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  author: z.string().optional(),
  title: z.string().optional(),
  podcastName: z.string().optional(),
  description: z.string().optional(),
  fileName: z.string().optional(),
  waypoints: z.boolean().optional(),
  chapters: z.array(
    z
      .strictObject({
        startTime: seconds,
        endTime: seconds.optional(),
        title: z.string().optional(),
        img: z.url().optional(),
        url: z.url().optional(),
        toc: z.boolean().optional(),
        location: location.optional(),
      })
      .refine((c) => c.endTime === undefined || c.endTime > c.startTime, "endTime not after startTime"),
  ),
});
