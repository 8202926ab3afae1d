/*
 * The index's words as PostgreSQL's own text forms of a tsvector and of a tsquery lexeme, made
 * from the app's tokens (lib/text/normalize-text) rather than by PostgreSQL's parser, so the
 * tokens the page marks are the very lexemes the index holds. The parser drops words of letters
 * it does not know (U+0870…), which were thus never found; and parsing every document was a third
 * of the time PGlite spent storing it, which the reader thread now does instead (a cold index).
 * For the words the parser knows, the tsvector is byte for byte what `to_tsvector('simple', …)`
 * made of the same tokens (tests/search/engine/tsvector-literal.test.ts): the same limits below.
 */

/** A lexeme of this many bytes or more is left out, and takes no position (`to_tsvector`'s MAXSTRLEN). */
const MAX_LEXEME_BYTES = 2047;
/** Positions stop at 16,383 (MAXENTRYPOS − 1) … */
const MAX_POSITION = 16_383;
/** … and a lexeme keeps at most 255 of them (MAXNUMPOS − 1). */
const MAX_POSITIONS = 255;

const encoder = new TextEncoder();

const QUOTE_OR_BACKSLASH = /[\\']/;

/** `word` quoted as a lexeme of tsvector or tsquery input: a quote or backslash is escaped. */
export function quoteLexeme(word: string): string {
  // Tokens are letters and digits: testing first skips the replacement (a third of a cold index's literals).
  return QUOTE_OR_BACKSLASH.test(word) ? `'${word.replace(/[\\']/g, (c) => `\\${c}`)}'` : `'${word}'`;
}

/** Whether `word` is short enough to be a lexeme (longer ones are not indexed). */
function fitsLexeme(word: string): boolean {
  return word.length < MAX_LEXEME_BYTES / 3 || encoder.encode(word).length < MAX_LEXEME_BYTES;
}

/**
 * The tsvector of `tokens` (a document's words, in order) as text: each distinct token once with
 * its positions, counted from 1 (`open source open` → `'open':1,3 'source':2`).
 */
export function toTsvectorLiteral(tokens: readonly string[]): string {
  const positions = new Map<string, number[]>();
  let position = 0;
  for (const token of tokens) {
    if (!fitsLexeme(token)) continue;
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(token);
    if (!list) positions.set(token, [position]);
    else if (list.length < MAX_POSITIONS && (list.at(-1) as number) < MAX_POSITION) list.push(position);
  }
  let out = "";
  for (const [token, list] of positions) out += `${out ? " " : ""}${quoteLexeme(token)}:${list.join(",")}`;
  return out;
}
