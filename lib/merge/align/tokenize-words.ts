/**
 * Token normalisation shared by every comparison the merge makes (alignment,
 * key-point support, title matching). A display word may yield 0..n tokens.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Normalise one display word into comparison tokens: lowercase, NFKD without
 * diacritics, curly quotes → straight (apostrophes dropped so "I’m" ≈ "Im"),
 * punctuation stripped; hyphens, dashes and other inner punctuation split the
 * word ("open-source" → ["open", "source"]). Numbers stay as written digits.
 * @param word a whitespace-free display word
 * @returns the tokens, possibly empty (e.g. for "—")
 */
export function normalizeToken(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const out = computeTokens(word);
  cache.set(word, out);
  return out;
}

/** Memo of {@link normalizeToken} (pure, so caching never changes a result). */
const cache = new Map<string, readonly string[]>();
/** Entries kept before the memo is reset (bounds memory across many episodes). */
const CACHE_LIMIT = 50_000;

function computeTokens(word: string): string[] {
  const folded = word.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(APOSTROPHES, "");
  const out: string[] = [];
  for (const part of folded.split(NON_ALNUM)) if (part.length > 0) out.push(part);
  return out;
}

/** Tokens of a word list plus, for every token, the index of the word it came from. */
export interface TokenizedWords {
  /** Normalised tokens in order. */
  tokens: string[];
  /** `wordOf[t]` = index (into the input word list) of token `t`. */
  wordOf: Int32Array;
}

/**
 * Tokenise a list of display words, skipping words for which `skip(i)` is true
 * (e.g. editorial notes).
 * @param words display words
 * @param skip optional predicate on the word index
 */
export function tokenizeWords(words: readonly string[], skip?: (index: number) => boolean): TokenizedWords {
  const tokens: string[] = [];
  const owners: number[] = [];
  for (let i = 0; i < words.length; i++) {
    if (skip?.(i)) continue;
    for (const token of normalizeToken(words[i] ?? "")) {
      tokens.push(token);
      owners.push(i);
    }
  }
  return { tokens, wordOf: Int32Array.from(owners) };
}

/**
 * Normalised tokens of a free text (split on whitespace first).
 * @param text any text
 */
export function tokenizeText(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/u)) for (const t of normalizeToken(word)) out.push(t);
  return out;
}
