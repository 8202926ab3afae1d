// zod/mini, as for `q`: in the browser this module loads only when a link carries a parameter
// (lib/links/load-link-validators.ts).
import * as z from "zod/mini";

/** A speaker id as the model makes them (lib/model/episode-schema: the slug of a name, `voice-N`). */
const speakerSchema = z.string().check(z.maxLength(100), z.minLength(1), z.regex(/^[a-z0-9-]+$/));

/**
 * Reads the search's speaker filter (`?speaker=tim-harford`): the first of repeated values when
 * it has the shape of a speaker id, else null (missing, blank, too long, any other character).
 * Whether the episode has that speaker is for the caller to check. Never throws.
 */
export function parseSpeakerParam(value: unknown): string | null {
  const parsed = speakerSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}
