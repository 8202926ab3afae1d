import { z } from "zod";
import { httpUrlSchema, personSchema, soundbiteSchema } from "../model/manifest-schema";

/** What `episodes feed` reads from an RSS feed, validated: every URL it would fetch or show is http(s). */

/** A `podcast:transcript` or `podcast:chapters` link: the file's URL and its declared MIME type. */
export const feedFileSchema = z
  .object({
    url: httpUrlSchema,
    type: z.string().optional(),
    language: z.string().optional(),
  })
  .strict();

export const feedItemSchema = z
  .object({
    /** The guid, else the enclosure URL, else the link, else the title: a podcatcher's usual key. */
    guid: z.string().min(1),
    title: z.string().min(1).optional(),
    /** `YYYY-MM-DD` (UTC) of the pubDate. */
    published: z.iso.date().optional(),
    description: z.string().optional(),
    duration: z.number().finite().nonnegative().optional(),
    season: z.number().int().nonnegative().optional(),
    episode: z.number().int().nonnegative().optional(),
    link: httpUrlSchema.optional(),
    enclosure: httpUrlSchema.optional(),
    /** The enclosure's declared MIME type, e.g. `audio/mpeg`. */
    enclosureType: z.string().optional(),
    artwork: httpUrlSchema.optional(),
    language: z.string().optional(),
    people: z.array(personSchema),
    soundbites: z.array(soundbiteSchema),
    transcripts: z.array(feedFileSchema),
    chapters: feedFileSchema.optional(),
  })
  .strict();

export const feedSchema = z
  .object({
    title: z.string().min(1),
    items: z.array(feedItemSchema),
  })
  .strict();

export type FeedFile = z.output<typeof feedFileSchema>;
export type FeedItem = z.output<typeof feedItemSchema>;
export type Feed = z.output<typeof feedSchema>;
