import { z } from "zod";
import { sourceIdSchema } from "./schema-primitives";

/** The media part of the episode model: the players an episode can be heard or watched in. */

export const mediaSchema = z.object({
  kind: z.enum(["youtube", "audio", "video"]),
  /** YouTube watch URL, or an absolute URL / a path under `public/` for files. */
  url: z.string().min(1),
  youtubeId: z
    .string()
    .regex(/^[\w-]{11}$/)
    .optional(),
  /** The primary media defines the episode clock. */
  primary: z.boolean(),
  /** mediaTime = episodeTime - offset. */
  offset: z.number().finite(),
  source: sourceIdSchema,
});

export type Media = z.output<typeof mediaSchema>;
