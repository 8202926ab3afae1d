import { ENGLISH_STOPWORDS } from "./english-stopwords";
import type { SearchCorpus } from "./search-corpus";
import { lowerBound, type TermIndex, type TermMatch } from "./term-index";

/**
 * Compounds: the same word written joined, split or hyphenated (`opensource`, `open source`,
 * `open-source`; normalisation already makes the hyphen a space). Both directions are matched
 * at the word level, so the in-page search and the library search agree:
 *
 * - a typed word that the text splits in two (`opensource` → `open source`): splitMatches;
 * - two typed words that the text joins (`open source` → `opensource`): joinedMatches.
 *
 * Each part has 2+ letters and the joined word 6+, so `into` does not find `in to` nor
 * `a round` find `around`. A compound counts a little less than the same spelling.
 *
 * A stopword is no part of a compound (isCompound): a real word that begins or ends with one is
 * most often not two words at all, and its split spelling means something else (`therapist` →
 * `the rapist`, `notable` → `not able`, `island` → `is land`). The one exception is a typed word
 * that is not itself a word where it is searched (`ofcourse`, `eachother`): split, it reads as
 * meant, and it could find nothing else. Two typed words are never joined across a stopword:
 * `the rapist` does not find `therapist`.
 *
 * A name and its number are a compound too, however short (`gpt4` ↔ `GPT-4`, `llama3` ↔
 * `Llama 3.1`, `covid19`, `2fa`): a word of 2+ letters, not a stopword, beside a number.
 */
export const COMPOUND_QUALITY = 0.95;
export const MIN_PART = 2;
export const MIN_JOINED = 6;

const LETTERS = /^\p{L}+$/u;
const DIGITS = /^\p{N}+$/u;

/** Whether one of `a`, `b` is a number and the other a name of 2+ letters (not a stopword). */
function isNumbered(a: string, b: string): boolean {
  const [name, number] = DIGITS.test(a) ? [b, a] : [a, b];
  return DIGITS.test(number) && LETTERS.test(name) && name.length >= MIN_PART && !ENGLISH_STOPWORDS.has(name);
}

/**
 * Whether `left` and `right`, side by side, may spell one compound (a typed word split, or two
 * typed words joined). `stopwords`: whether a part may be a stopword, only for a typed word
 * that is no word of its own (see above).
 */
export function isCompound(left: string, right: string, stopwords = false): boolean {
  return (
    isNumbered(left, right) ||
    (left.length >= MIN_PART &&
      right.length >= MIN_PART &&
      left.length + right.length >= MIN_JOINED &&
      (stopwords || (!ENGLISH_STOPWORDS.has(left) && !ENGLISH_STOPWORDS.has(right))))
  );
}

/**
 * Every cut of `word` into two parts that may spell it (isCompound, at a stopword too: whether
 * the word may be cut there depends on whether it is a word where it is searched): 2+ letters
 * each in a word of 6+, and where letters meet digits in a short one (`gpt4` → `gpt` + `4`).
 */
export function compoundCuts(word: string): [string, string][] {
  const found: [string, string][] = [];
  for (let k = 1; k < word.length; k++) {
    const [left, right] = [word.slice(0, k), word.slice(k)];
    if (isCompound(left, right, true)) found.push([left, right]);
  }
  return found;
}

/** Where a typed word stands split in two words of the text: the two words and the documents. */
export interface SplitMatch {
  words: [string, string];
  docs: Int32Array;
  quality: number;
}

/** Ascending ids in both ascending lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) out.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return Int32Array.from(out);
}

/** Position of `word` in the vocabulary, or -1. */
function find(index: TermIndex, word: string): number {
  const at = lowerBound(index.terms, word);
  return index.terms[at] === word ? at : -1;
}

/**
 * The typed word `token` cut in two words of the vocabulary that stand side by side in a
 * document, at every cut that gives some. `typing`: the second part may be the beginning of a
 * word (`opensou` → `open source`).
 */
export function splitMatches(corpus: SearchCorpus, token: string, typing: boolean): SplitMatch[] {
  const { index, padded } = corpus;
  const found: SplitMatch[] = [];
  const cuts = compoundCuts(token);
  if (cuts.length === 0) return found;
  // A word of the text (or, typed, the beginning of one) is not split at a stopword.
  const own =
    find(index, token) >= 0 || (typing && !!index.terms[lowerBound(index.terms, token)]?.startsWith(token));
  for (const [left, right] of cuts) {
    if (!isCompound(left, right, !own)) continue;
    const l = find(index, left);
    if (l < 0) continue;
    const r = find(index, right);
    const next = index.terms[lowerBound(index.terms, right)];
    if (r < 0 && !(typing && next?.startsWith(right))) continue;
    const near =
      r < 0
        ? (index.postings[l] as Int32Array)
        : intersect(index.postings[l] as Int32Array, index.postings[r] as Int32Array);
    const needle = typing ? ` ${left} ${right}` : ` ${left} ${right} `;
    const docs = near.filter((doc) => (padded[doc] as string).includes(needle));
    if (docs.length > 0) found.push({ words: [left, right], docs, quality: COMPOUND_QUALITY });
  }
  return found;
}

/**
 * The vocabulary words that join two typed words (`open` + `source` → `opensource`); with
 * `typing` (the second is the word being typed), words that begin with the join too.
 */
export function joinedMatches(index: TermIndex, first: string, second: string, typing: boolean): TermMatch[] {
  const joined = first + second;
  if (!isCompound(first, second)) return [];
  const found: TermMatch[] = [];
  for (let t = lowerBound(index.terms, joined); t < index.terms.length; t++) {
    const term = index.terms[t] as string;
    if (term === joined || (typing && term.startsWith(joined)))
      found.push({ term: t, quality: COMPOUND_QUALITY });
    else break;
  }
  return found;
}

/**
 * Whether the text's neighbouring words `left` `right` spell the typed word `word` (the
 * ranking's split rule; `stopwords`: whether `word` may be split at one, see isCompound).
 */
export function isSplitPair(
  word: string,
  left: string,
  right: string,
  typing: boolean,
  stopwords = false,
): boolean {
  if (!word.startsWith(left)) return false;
  const rest = word.slice(left.length);
  return isCompound(left, rest, stopwords) && (typing ? right.startsWith(rest) : right === rest);
}

/**
 * The word that joins the typed words `first` `second` by the ranking's join rule (a text's word
 * that is it, or begins with it while the second is typed, matches both), or "" when they may not
 * join (isCompound). Asked once per query, not for every word of the texts it marks.
 */
export const joinedWord = (first: string, second: string): string =>
  isCompound(first, second) ? first + second : "";
