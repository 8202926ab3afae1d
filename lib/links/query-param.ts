// zod/mini: the same validation with a fraction of the bytes. In the browser this module loads
// only when a link carries a parameter (lib/links/load-link-validators.ts).
import * as z from "zod/mini";

import { cleanParamText } from "./clean-param-text";
import { MAX_QUERY_LENGTH } from "./max-query-length";

/** A search query read from a URL: the text to search, and whether it was cut to MAX_QUERY_LENGTH. */
export interface QueryParam {
  query: string;
  truncated: boolean;
}

const querySchema = z.pipe(
  z.string().check(z.maxLength(100_000)),
  z.transform((raw): QueryParam => {
    const value = cleanParamText(raw);
    const chars = Array.from(value);
    if (chars.length <= MAX_QUERY_LENGTH) return { query: value, truncated: false };
    return { query: chars.slice(0, MAX_QUERY_LENGTH).join("").trim(), truncated: true };
  }),
);

/**
 * Reads the `q` parameter (`?q=`): the first of repeated values, control characters removed,
 * spaces collapsed, cut to MAX_QUERY_LENGTH characters. Anything else (missing, not a string,
 * absurdly long) is the empty query. Never throws.
 */
export function parseQueryParam(value: unknown): QueryParam {
  const first = Array.isArray(value) ? value[0] : value;
  const result = querySchema.safeParse(first);
  return result.success ? result.data : { query: "", truncated: false };
}
