import { z } from "zod";

/**
 * What the search finds: one sentence of a transcript, one timestamped note, one chapter, one
 * section's title, one highlight's title, one summary item, one key point or one show-notes
 * item; in the library search also an episode's people (describe-episode-people.ts). Times are
 * seconds on the episode clock.
 */
export const searchDocSchema = z.object({
  /** The element id in the episode page (sentence, note, chapter, section, highlight or key point id; see page-text-docs). */
  id: z.string().min(1).max(200),
  kind: z.enum([
    "sentence",
    "note",
    "chapter",
    "highlight",
    "summary",
    "key-point",
    "block",
    "section",
    "people",
  ]),
  /** The text as written (editorial notes such as `[BOO-dee-ay]` left out). */
  text: z.string().max(20_000),
  start: z.number().finite().optional(),
  end: z.number().finite().optional(),
  /** Position in the index's `speakers`. */
  speaker: z.number().int().nonnegative().optional(),
  /** Position in the index's `sections`. */
  section: z.number().int().nonnegative().optional(),
});

export const searchSpeakerSchema = z.object({ id: z.string(), name: z.string() });
export const searchSectionSchema = z.object({ id: z.string(), title: z.string() });

/** An episode's documents with the tables they point into. */
export const episodeDocsSchema = z.object({
  slug: z.string().min(1),
  speakers: z.array(searchSpeakerSchema),
  sections: z.array(searchSectionSchema),
  docs: z.array(searchDocSchema),
});

/**
 * The serialised per-episode search index (`/episodes/<slug>/search-index.json`): the documents
 * and Fuse's index of their normalised text (`Fuse.createIndex(...).toJSON()`), whose records
 * are checked only for shape: Fuse reads them as they are.
 */
export const episodeSearchIndexSchema = episodeDocsSchema.extend({
  version: z.literal(1),
  fuse: z.object({
    keys: z.array(
      z.object({
        path: z.array(z.string()),
        id: z.string(),
        weight: z.number(),
        src: z.union([z.string(), z.array(z.string())]),
      }),
    ),
    records: z.array(z.object({ i: z.number().int().nonnegative() }).loose()),
  }),
});

export type SearchDoc = z.output<typeof searchDocSchema>;
export type SearchSpeaker = z.output<typeof searchSpeakerSchema>;
export type SearchSection = z.output<typeof searchSectionSchema>;
export type EpisodeDocs = z.output<typeof episodeDocsSchema>;
export type EpisodeSearchIndex = z.output<typeof episodeSearchIndexSchema>;
