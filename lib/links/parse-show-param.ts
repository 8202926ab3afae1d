// zod/mini, like the other URL validators. Only links made before shows had pages of their
// own carry `?show=` (the home page sends them on to the show's page).
import * as z from "zod/mini";

const showSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * Reads the library's old `?show=` filter: the show name, trimmed, or null when missing, blank or
 * longer than 200 characters. Whether such a show exists is for the caller to check. Never throws.
 */
export function parseShowParam(value: string | null): string | null {
  const parsed = showSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
