import { z } from "zod";

/** The manifest's file name in an episode's source folder; also the source id of the facts it gives. */
export const MANIFEST_FILE_NAME = "episode.json";

/**
 * An absolute http(s) URL. Anything else (`file:`, `javascript:`, `data:`…) is refused: these
 * fields come from feeds written by others and end up as links and images on a page.
 */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** A person of the episode (Podcasting 2.0 `podcast:person`), at show or episode level. */
export const personSchema = z
  .object({
    name: z.string().min(1),
    /** The taxonomy's role ("host", "guest"…); the namespace's default is "host". */
    role: z.string().min(1).optional(),
    /** The taxonomy's group ("cast", "writing"…); the namespace's default is "cast". */
    group: z.string().min(1).optional(),
    img: httpUrlSchema.optional(),
    href: httpUrlSchema.optional(),
  })
  .strict();

/** A short passage worth sharing (Podcasting 2.0 `podcast:soundbite`), in seconds of the media. */
export const soundbiteSchema = z
  .object({
    start: z.number().finite().nonnegative(),
    duration: z.number().finite().positive(),
    title: z.string().min(1).optional(),
  })
  .strict();

/** A moment a person marks in the manifest (`highlights`): `[start, end)` in seconds of the media. */
export const manifestHighlightSchema = z
  .object({
    start: z.number().finite().nonnegative(),
    end: z.number().finite().positive(),
    title: z.string().min(1).optional(),
  })
  .strict()
  .refine((h) => h.end > h.start, { message: "end must be after start", path: ["end"] });

/** `content/sources/<slug>/episode.json`: optional facts the sources lack. */
export const manifestSchema = z
  .object({
    title: z.string().min(1).optional(),
    show: z.string().min(1).optional(),
    description: z.string().optional(),
    published: z.iso.date().optional(),
    language: z.string().min(2).optional(),
    /** A YouTube URL or id, an absolute media URL, or a path under `public/` ("/media/x.mp3"). */
    media: z.string().min(1).optional(),
    /**
     * The media's MIME type (a feed enclosure's `type`), for a URL whose name does not tell audio
     * from video (`https://cdn.example/ep/123`). The file's extension wins when it has one.
     */
    mediaType: z
      .string()
      .regex(/^(?:audio|video)\/[a-z0-9.+-]+$/i, "must be an audio/… or video/… MIME type")
      .optional(),
    /** Keyed by a caption voice ("Speaker 1") or a name in the text. */
    speakers: z
      .record(
        z.string().min(1),
        z.object({ name: z.string().min(1).optional(), role: z.string().min(1).optional() }).strict(),
      )
      .optional(),
    /** The feed item's guid (`episodes feed`): the episode's identity when its title changes. */
    guid: z.string().min(1).optional(),
    /** The media's length in seconds, as the feed gives it. */
    duration: z.number().finite().nonnegative().optional(),
    season: z.number().int().nonnegative().optional(),
    /** The episode's number (in its season when there is one). */
    episode: z.number().int().nonnegative().optional(),
    /** The episode's web page. */
    link: httpUrlSchema.optional(),
    /** The episode's (or else the show's) cover image. */
    artwork: httpUrlSchema.optional(),
    people: z.array(personSchema).optional(),
    soundbites: z.array(soundbiteSchema).optional(),
    /** Moments worth hearing, marked by hand; shown with the feed's soundbites as highlights. */
    highlights: z.array(manifestHighlightSchema).optional(),
  })
  .strict();

export type Manifest = z.output<typeof manifestSchema>;
export type Person = z.output<typeof personSchema>;
export type Soundbite = z.output<typeof soundbiteSchema>;
export type ManifestHighlight = z.output<typeof manifestHighlightSchema>;
