/**
 * Line handling shared by the parsers: every parser numbers lines the same way
 * (1-based; CRLF, CR and LF each end one line; a leading BOM is ignored).
 */

/** Line terminators as counted by every parser. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Removes a leading U+FEFF byte order mark, if any. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Splits text into lines (without terminators). Index `i` holds line `i + 1`.
 * A BOM is stripped first; an empty text gives one empty line.
 */
export function splitLines(text: string): string[] {
  return stripBom(text).split(LINE_BREAK);
}

/**
 * Normalises line ends to LF (CRLF and lone CR become LF) and strips a BOM, so that
 * string offsets can be mapped back to line numbers with {@link createLineLocator}.
 */
export function normaliseNewlines(text: string): string {
  return stripBom(text).replace(/\r\n?/g, "\n");
}

/**
 * Returns a function mapping a UTF-16 offset in `text` (LF line ends) to its 1-based line.
 * Offsets past the end map to the last line.
 */
export function createLineLocator(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Collapses every run of whitespace (incl. U+00A0 and other Unicode spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Collapses runs of ASCII whitespace (space, tab, line breaks) to one space and trims, keeping
 * no-break and narrow no-break spaces (U+00A0, U+202F) as written.
 */
export function collapseAsciiWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\v]+/g, " ").replace(/^[ ]|[ ]$/g, "");
}
