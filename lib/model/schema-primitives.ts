import { z } from "zod";

/**
 * Building blocks shared by the parts of the episode model (see `episode-schema.ts`).
 * All times are seconds on the episode clock (the clock of the primary media).
 */

/** Seconds on the episode clock. Material outside the primary media may be negative. */
export const secondsSchema = z.number().finite();
export const durationSchema = z.number().finite().nonnegative();

/** An absolute http(s) URL: the only kind of link or image address the model carries from a source. */
export { httpUrlSchema } from "../parse/doc-schema-fields";

/** A source file's id: its file name inside `content/sources/<slug>/`. */
export const sourceIdSchema = z.string().min(1);
