// zod/mini: the same validation with a fraction of the bytes. In the browser this module loads
// only when a link carries a parameter (lib/links/load-link-validators.ts).
import * as z from "zod/mini";

const showSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/**
 * Reads the library's `?show=` filter: the show name, trimmed, or null when missing, blank or
 * longer than 200 characters. Whether such a show exists is for the caller to check. Never throws.
 */
export function parseShowParam(value: string | null): string | null {
  const parsed = showSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
