/**
 * A text parameter as a reader meant it: control and format characters (never part of a quote
 * or a name) become spaces, line breaks from a paste too, runs of spaces collapse, ends trimmed.
 */
export function cleanParamText(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
