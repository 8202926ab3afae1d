/**
 * The one text normaliser of the app: the search (index, ranking, marks in the page) and the
 * merge (aligning clean text with captions, key-point support, title matching) fold text into
 * comparable words here. Case, accents, punctuation, dashes and curly vs straight quotes are
 * folded away; apostrophes join (`Face’s` → `faces`, `don't` → `dont`); every other character
 * that is not a letter or digit separates words (`open-source` → `open source`).
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

/**
 * Splits `text` into normalised words with their ranges in `text`. The one tokenizer of the
 * search: the index, the ranking and the marks in the page all use it, so they always agree.
 */
export function tokenizeWithRanges(text: string): TokenRange[] {
  const tokens: TokenRange[] = [];
  let token = "";
  let start = -1;
  let end = -1;
  const flush = () => {
    if (token) tokens.push({ token, start, end });
    token = "";
    start = -1;
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
    if (folded === "") flush();
    else if (folded === EXTEND) {
      if (start >= 0) end = i + char.length;
    } else if (folded !== null) {
      if (start < 0) start = i;
      token += folded;
      end = i + char.length;
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

// The "transcript" folding, word by word (the merge tokenises millions of words: memoised).
const TRANSCRIPT_MARKS = /\p{M}+/gu;
const TRANSCRIPT_APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * One display word folded the "transcript" way: lowercase, NFKD without diacritics, curly
 * quotes → straight (apostrophes dropped so "I’m" ≈ "Im"), punctuation stripped; hyphens,
 * dashes and other inner punctuation split the word ("open-source" → ["open", "source"]).
 * Numbers stay as written digits.
 * @param word a whitespace-free display word
 * @returns the tokens, possibly empty (e.g. for "—")
 */
export function normalizeToken(word: string): readonly string[] {
  const cached = tokenCache.get(word);
  if (cached) return cached;
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  const folded = word
    .normalize("NFKD")
    .replace(TRANSCRIPT_MARKS, "")
    .toLowerCase()
    .replace(TRANSCRIPT_APOSTROPHES, "");
  const out: string[] = [];
  for (const part of folded.split(NON_ALNUM)) if (part.length > 0) out.push(part);
  tokenCache.set(word, out);
  return out;
}

/** Memo of {@link normalizeToken} (pure, so caching never changes a result). */
const tokenCache = new Map<string, readonly string[]>();
/** Entries kept before the memo is reset (bounds memory across many episodes). */
const TOKEN_CACHE_LIMIT = 50_000;
