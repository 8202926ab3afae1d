/**
 * Where the items of one array of a JSON document start, so a parser can name the line of an
 * offending item: `JSON.parse` gives values, not positions. A single pass over the text that
 * tracks nesting and strings; it expects text that `JSON.parse` has accepted.
 */

/** The index just after the string literal that opens at `from` (a `"`). */
function stringEnd(text: string, from: number): number {
  let i = from + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c) i += 2;
    else if (ch === 0x22) return i + 1;
    else i++;
  }
  return text.length;
}

/** JSON's insignificant whitespace, and the colon between a key and its value. */
const SKIPPED = new Set([" ", "\t", "\n", "\r", ":"]);

/**
 * The UTF-16 offsets at which the items of the array under the top-level object's `key` start
 * (`{"segments": [ {…}, {…} ]}` → the offsets of each `{`). When the key repeats, the last one
 * counts, as in `JSON.parse`. Empty when the key is absent or not an array.
 *
 * @param text JSON text that `JSON.parse` accepts.
 * @param key A property of the top-level object.
 */
export function arrayItemOffsets(text: string, key: string): number[] {
  let offsets: number[] = [];
  let depth = 0;
  let expectKey = false;
  let lastKey: string | undefined;
  let inTarget = false;
  let expectItem = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (SKIPPED.has(ch)) {
      i++;
      continue;
    }
    if (inTarget && depth === 2 && expectItem && ch !== "]") {
      offsets.push(i);
      expectItem = false;
    }
    if (ch === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        lastKey = JSON.parse(text.slice(i, end)) as string;
        expectKey = false;
      }
      i = end;
      continue;
    }
    if (ch === "{" || ch === "[") {
      depth++;
      if (depth === 1) expectKey = ch === "{";
      if (depth === 2 && ch === "[" && lastKey === key) {
        inTarget = true;
        expectItem = true;
        offsets = [];
      }
    } else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 1) inTarget = false;
    } else if (ch === ",") {
      if (depth === 1) expectKey = true;
      if (depth === 2 && inTarget) expectItem = true;
    }
    i++;
  }
  return offsets;
}
