/**
 * A page number as written in a path or a `page=` parameter: digits without a leading zero, at
 * most 6 of them; undefined for anything else.
 */
export function parsePageNumber(raw: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined;
}
