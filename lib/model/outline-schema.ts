import { z } from "zod";
import { httpUrlSchema, secondsSchema, sourceIdSchema } from "./schema-primitives";

/**
 * The outline part of the episode model: what the sources say about the episode besides its
 * words (sections, key points, notes, chapters and show-notes blocks), each with its source.
 */

export const sectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  description: z.string().optional(),
  start: secondsSchema,
  end: secondsSchema,
  source: sourceIdSchema,
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
  source: sourceIdSchema,
});

export const noteSchema = z.object({
  id: z.string().min(1),
  headingPath: z.array(z.string()),
  text: z.string().min(1),
  start: secondsSchema.optional(),
  links: z.array(z.object({ label: z.string(), target: z.string() })),
  /** Wiki-link targets, kept as tags. */
  tags: z.array(z.string()),
  source: sourceIdSchema,
});

export const chapterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  start: secondsSchema,
  end: secondsSchema.optional(),
  /** The chapter's image (Podcasting 2.0 chapters' `img`). */
  img: httpUrlSchema.optional(),
  /** A web page about the chapter (Podcasting 2.0 chapters' `url`). */
  url: httpUrlSchema.optional(),
  /** False: the source keeps this chapter out of the table of contents (`toc: false`); absent: listed. */
  toc: z.literal(false).optional(),
  source: sourceIdSchema,
});

export const blockSchema = z.object({
  heading: z.string().optional(),
  kind: z.enum(["paragraph", "list"]),
  items: z.array(z.string()),
  source: sourceIdSchema,
});

export type Section = z.output<typeof sectionSchema>;
export type KeyPoint = z.output<typeof keyPointSchema>;
export type Note = z.output<typeof noteSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type Block = z.output<typeof blockSchema>;
