import { alignTokens } from "./align-tokens";
import { tokenizeWords, type TokenizedWords } from "./tokenize-words";
import { pruneMatches } from "./prune-matches";

/** A word that can take part in matching. */
export interface MatchableWord {
  text: string;
  note: boolean;
}

/** Word-level result of aligning two word lists. */
export interface WordMatch {
  /** Tokens of the first list (notes skipped). */
  left: TokenizedWords;
  /** Tokens of the second list (notes skipped). */
  right: TokenizedWords;
  /** left token → right token, -1 when unmatched. */
  tokenMap: Int32Array;
  /** right token → left token, -1 when unmatched. */
  reverseMap: Int32Array;
  /** Tokens of the left list that found a partner. */
  matchedTokens: number;
}

/**
 * Align two word lists by their normalised tokens (notes never match), with
 * isolated spurious matches pruned.
 * @param left e.g. the clean words
 * @param right e.g. the caption words
 */
export function matchWords(left: readonly MatchableWord[], right: readonly MatchableWord[]): WordMatch {
  const l = tokenizeWords(
    left.map((w) => w.text),
    (i) => left[i]?.note === true,
  );
  const r = tokenizeWords(
    right.map((w) => w.text),
    (i) => right[i]?.note === true,
  );
  const tokenMap = alignTokens(l.tokens, r.tokens);
  pruneMatches(tokenMap);
  const reverseMap = new Int32Array(r.tokens.length).fill(-1);
  let matchedTokens = 0;
  tokenMap.forEach((j, i) => {
    if (j >= 0) {
      reverseMap[j] = i;
      matchedTokens++;
    }
  });
  return { left: l, right: r, tokenMap, reverseMap, matchedTokens };
}

/**
 * For every left word, the first right word one of its tokens matched (-1 if none).
 * @param match a result of {@link matchWords}
 * @param leftCount number of left words
 */
export function firstMatchedWord(match: WordMatch, leftCount: number): Int32Array {
  const out = new Int32Array(leftCount).fill(-1);
  match.tokenMap.forEach((j, t) => {
    if (j < 0) return;
    const w = match.left.wordOf[t] ?? -1;
    if (w >= 0 && (out[w] ?? -1) < 0) out[w] = match.right.wordOf[j] ?? -1;
  });
  return out;
}
