import { isTypo, matchTerm, maxTypos, MIN_PART_LENGTH, wordsWithPieces, type IsWord } from "./term-match";

/**
 * The prefilter's inverted index: every normalised word of the corpus (sorted) → the documents
 * that contain it. A typed word is expanded to the words of the vocabulary it matches (same
 * word, other forms, prefix, parts, typos), so the documents to score are found without reading
 * the others.
 */
export interface TermIndex {
  /** The vocabulary, sorted. */
  readonly terms: readonly string[];
  /** `postings[t]`: ascending ids of the documents containing `terms[t]`. */
  readonly postings: readonly Int32Array[];
  readonly docCount: number;
  /** The corpus's words and pieces of words, as the part rule reads them (wordsWithPieces, term-match.ts). */
  readonly isWord: IsWord;
}

/** A vocabulary word a typed word matches, and how well (see matchTerm). */
export interface TermMatch {
  term: number;
  quality: number;
}

/**
 * Builds the index from each document's normalised words (document id = position) and the
 * pieces of its words written with capitals inside (casePieces), which are words of its
 * vocabulary for the part rule only: no document is found by them.
 */
export function createTermIndex(
  docTokens: readonly (readonly string[])[],
  pieces: Iterable<string> = [],
): TermIndex {
  const lists = new Map<string, number[]>();
  docTokens.forEach((tokens, doc) => {
    for (const token of tokens) {
      const list = lists.get(token);
      if (!list) lists.set(token, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const terms = [...lists.keys()].sort();
  return {
    terms,
    postings: terms.map((term) => Int32Array.from(lists.get(term) as number[])),
    docCount: docTokens.length,
    isWord: wordsWithPieces((word) => terms[lowerBound(terms, word)] === word, new Set(pieces)),
  };
}

/** Position of the first term ≥ `word` (binary search). */
export function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Shortest typed word that may match as a prefix: the word being typed, or a finished one. */
const MIN_PREFIX_TYPING = 2;
const MIN_PREFIX_FINISHED = 4;

/** Whether a typed word may match as the beginning of a longer word (`typing`: the reader may still be typing it). */
export function allowsPrefix(token: string, typing: boolean): boolean {
  return token.length >= (typing ? MIN_PREFIX_TYPING : MIN_PREFIX_FINISHED);
}

/**
 * The vocabulary words `token` matches, best first. `typing` says it is the last word of the
 * query, which the reader may still be typing: it then also matches as a prefix from 2 letters
 * (finished words from 4). Exact and prefix matches use binary search; other forms, typos and
 * parts of words (3+ letters) scan the vocabulary (cheap for a podcast library: tens of
 * thousands of words).
 */
export function expandToken(index: TermIndex, token: string, typing: boolean): TermMatch[] {
  const { terms } = index;
  const prefix = allowsPrefix(token, typing);
  const found = new Map<number, number>();
  const typos = new Map<number, number>();
  const first = lowerBound(terms, token);
  if (terms[first] === token) found.set(first, 1);
  if (prefix)
    for (let t = first; t < terms.length && (terms[t] as string).startsWith(token); t++)
      if (!found.has(t)) found.set(t, matchTerm(token, terms[t] as string, true, index.isWord));
  if (maxTypos(token.length) > 0 || token.length >= MIN_PART_LENGTH) {
    for (let t = 0; t < terms.length; t++) {
      if (found.has(t)) continue;
      const quality = matchTerm(token, terms[t] as string, prefix, index.isWord, typing);
      if (quality > 0) (isTypo(quality) ? typos : found).set(t, quality);
    }
  }
  // Typos only for a word the episode says in no other way (itself, a word it begins, a form, a
  // part), as the library search reads them: a word it says is what the reader means, and its
  // typos are other words it also says (`cant` → "can", "want"; `wats` → "what", "was").
  return [...(found.size > 0 ? found : typos)]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || a.term - b.term);
}
