import { z } from "zod";

/** The manifest's file name in an episode's source folder; also the source id of the facts it gives. */
export const MANIFEST_FILE_NAME = "episode.json";

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
    /** Keyed by a caption voice ("Speaker 1") or a name in the text. */
    speakers: z
      .record(
        z.string().min(1),
        z.object({ name: z.string().min(1).optional(), role: z.string().min(1).optional() }).strict(),
      )
      .optional(),
  })
  .strict();

export type Manifest = z.output<typeof manifestSchema>;
