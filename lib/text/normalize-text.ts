/**
 * The one text normaliser of the app: the search (index, ranking, marks in the page) and the
 * merge (aligning clean text with captions, key-point support, title matching) fold text into
 * comparable words here. Case, accents, punctuation, dashes and curly vs straight quotes are
 * folded away; apostrophes join (`Face’s` → `faces`, `don't` → `dont`), and so do the dots of
 * an initialism in the reader folding (`A.I.` → `ai`, see {@link joinsInitialism}); every other
 * character that is not a letter or digit separates words (`open-source` → `open source`).
 *
 * Two foldings, because the two comparisons differ (see {@link Folding}):
 * - `"reader"` (search, the default): what a person may type for the same words. Works code
 *   point by code point, so every word keeps its exact range in the original text; letters
 *   without a Unicode decomposition meet their ASCII spelling (`ß` → `ss`, `ø` → `o`); every
 *   apostrophe look-alike joins (incl. `´`, `′`, `ʻ`).
 * - `"transcript"` (merge): two machine-made texts of the same speech compared word by word.
 *   Whole words are decomposed (NFKD) and lower-cased as one string, so compatibility forms keep
 *   their digits (`⑴` → `1`, `½` → `1 2`) and Greek keeps its final sigma; only true apostrophes
 *   join (`´` decomposes to a space and separates). The merge's model has always been built this
 *   way; folding it like the search would change alignments on such text.
 */

import { normalizeToken } from "./normalize-token";

export { normalizeToken };

/** Which comparison the text is folded for; see the module comment. */
export type Folding = "reader" | "transcript";

/** Options of {@link tokenize}. */
export interface NormalizeOptions {
  /** Default "reader" (search). */
  folding?: Folding;
}

/** A word of the normalised text and where it sits in the original (UTF-16 offsets, end exclusive). */
export interface TokenRange {
  token: string;
  start: number;
  end: number;
}

// Apostrophes and look-alikes: removed inside words rather than splitting them.
const APOSTROPHES = new Set(["'", "’", "‘", "ʼ", "`", "´", "′", "ʻ"]);
// Letters that Unicode decomposition does not fold to ASCII.
const SPECIAL: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}/gu;

/** A combining mark (a decomposed accent): part of the word before it, folded away. */
const EXTEND = "\u0001";
const COMBINING = /^\p{M}+$/u;

/**
 * Folded form of one code point (non-ASCII): "" when it separates words, null for an apostrophe
 * (removed, the word goes on), EXTEND for a combining mark.
 */
const foldCache = new Map<string, string | null>();
function foldSlow(char: string): string | null {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded: string | null;
  if (APOSTROPHES.has(char)) folded = null;
  else if (COMBINING.test(char)) folded = EXTEND;
  else {
    const lower = char.toLowerCase();
    const decomposed = (SPECIAL[lower] ?? lower).normalize("NFKD").replace(MARKS, "").toLowerCase();
    folded = LETTER_OR_DIGIT.test(decomposed) ? decomposed : "";
  }
  if (foldCache.size < 4096) foldCache.set(char, folded);
  return folded;
}

/** The reader folding of the code point of `text` at `i` (as tokenizeWithRanges folds it), and its length. */
function foldAt(text: string, i: number): [folded: string | null, length: number] {
  const code = text.charCodeAt(i);
  if (code >= 128) {
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    return [foldSlow(char), char.length];
  }
  const ascii = (text[i] as string).toLowerCase();
  return [/[a-z0-9]/.test(ascii) ? ascii : code === 39 || code === 96 ? null : "", 1];
}

const LETTER = /^\p{L}+$/u;

/**
 * Whether the dot (`.`) at `i` joins an initialism: it stands between two single letters (`A.I.`,
 * `U.S.A`, `e.g.`), the one before it a word of its own or joined by such a dot. A reader types
 * `AI` for the `A.I.` of a transcript, and `A.I.` for the `AI` of another: split, they were the
 * one-letter words `a` and `i`, which the search matched in any sentence saying "a" and "I".
 * `Ph.D.`, `Node.js`, `t.co`, `3.5` and a sentence's end (`plan B. Then`) keep their dots.
 */
function joinsInitialism(text: string, i: number, letters: number, lastIsLetter: boolean): boolean {
  if (letters !== 1 || !lastIsLetter || i + 1 >= text.length) return false;
  const [next, length] = foldAt(text, i + 1);
  if (next === null || !LETTER.test(next)) return false;
  // The letter after the dot stands alone too (its accents, decomposed, are part of it).
  for (let j = i + 1 + length; j < text.length;) {
    const [after, size] = foldAt(text, j);
    if (after !== EXTEND) return after === "";
    j += size;
  }
  return true;
}

/**
 * Splits `text` into normalised words with their ranges in `text`. The one tokenizer of the
 * search: the index, the ranking and the marks in the page all use it, so they always agree.
 */
export function tokenizeWithRanges(text: string): TokenRange[] {
  const tokens: TokenRange[] = [];
  let token = "";
  let start = -1;
  let end = -1;
  // Code points added since the word began or since an initialism's dot, and whether the last was a letter.
  let letters = 0;
  let lastIsLetter = false;
  const flush = () => {
    if (token) tokens.push({ token, start, end });
    token = "";
    start = -1;
    letters = 0;
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let char: string;
    let folded: string | null;
    if (code < 128) {
      char = text[i] as string;
      // ASCII fast path: digits, letters (lower-cased), the apostrophe, everything else splits.
      if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) folded = char;
      else if (code >= 65 && code <= 90) folded = String.fromCharCode(code + 32);
      else folded = code === 39 || code === 96 ? null : "";
    } else {
      char = String.fromCodePoint(text.codePointAt(i) as number);
      folded = foldSlow(char);
    }
    if (folded === "") {
      if (code === 46 && joinsInitialism(text, i, letters, lastIsLetter)) letters = 0;
      else flush();
    } else if (folded === EXTEND) {
      if (start >= 0) end = i + char.length;
    } else if (folded !== null) {
      if (start < 0) start = i;
      token += folded;
      end = i + char.length;
      letters += 1;
      lastIsLetter = code < 128 ? code >= 65 : LETTER.test(folded);
    }
    i += char.length;
  }
  flush();
  return tokens;
}

/** The normalised words of `text` (`“Open-Source” AI` → `["open", "source", "ai"]`). */
export function tokenize(text: string, options: NormalizeOptions = {}): string[] {
  if (options.folding === "transcript") {
    const out: string[] = [];
    for (const word of text.split(/\s+/u)) for (const t of normalizeToken(word)) out.push(t);
    return out;
  }
  return tokenizeWithRanges(text).map((t) => t.token);
}

/** `text` normalised for search: its words joined by single spaces (`"Café’s  menu!"` → `"cafes menu"`). */
export function normalizeText(text: string): string {
  return tokenize(text).join(" ");
}
