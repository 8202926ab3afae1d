import { normalizeToken, tokenize } from "../../text/normalize-text";

/** Tokens of a word list plus, for every token, the index of the word it came from. */
export interface TokenizedWords {
  /** Normalised tokens in order. */
  tokens: string[];
  /** `wordOf[t]` = index (into the input word list) of token `t`. */
  wordOf: Int32Array;
}

/**
 * Tokenise a list of display words ("transcript" folding, see `lib/text/normalize-text`),
 * skipping words for which `skip(i)` is true (e.g. editorial notes). A display word may
 * yield 0..n tokens.
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
 * Normalised tokens of a free text ("transcript" folding), as every comparison of the merge
 * (alignment, key-point support, title matching) makes them.
 * @param text any text
 */
export function tokenizeText(text: string): string[] {
  return tokenize(text, { folding: "transcript" });
}
