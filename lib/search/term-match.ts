import { isFormOf } from "./word-stem";

/**
 * How well a typed word matches a word of the text, both normalised (see normalize-text).
 * Quality is 1 for the same word, less for another form, a prefix, a part or a typo, 0 for none:
 *
 * | match                                        | quality |
 * | -------------------------------------------- | ------- |
 * | same word                                    | 1       |
 * | another form (`developing` → `development`)  | 0.9     |
 * | prefix (`transf` → `transformers`)           | 0.85    |
 * | part of the word (`gpt` → `chatgpt`)         | 0.75    |
 * | one typo (`atention` → `attention`)          | 0.7     |
 * | one typo in a prefix (`tarns` → `trans…`)    | 0.6     |
 * | two typos (words of 7+ letters)              | 0.55    |
 * | two typos in a prefix (9+ letters)           | 0.45    |
 *
 * A typo is an insertion, deletion, substitution or swap of neighbours (optimal string
 * alignment distance). Short words must be exact: 0 typos under 4 letters, 1 up to 6, then 2;
 * a beginning, 0 under 5 letters, 1 up to 8, then 2 (maxPrefixTypos).
 * A part is found only for typed words of 3+ letters (`ai` must not find `said` or `again`),
 * exactly (no typos inside a part), where the rest of the word stands as words too (partIndex),
 * and counts less than the word itself, so the sentences that say `gpt` rank above those that
 * say `chatgpt`. Forms are words of the same English stem (word-stem.ts), as the library finds
 * them, for typed words of 3+ letters but stopwords.
 */

/** Typos allowed in a typed word of `length` letters. */
export function maxTypos(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Typos allowed in a typed word of `length` letters read as the beginning of a longer word:
 * one from 5 letters, two from 9 (Meilisearch's defaults). Fewer than in a whole word, as a
 * beginning with a typo begins many more words: `wont` found "cont|ribute" and "mont|hs", and
 * `agentic` "antic|ipated" (two typos), in an episode whose library search found neither.
 */
export function maxPrefixTypos(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/** Quality of a prefix match (also used by the ranking to weigh matches). */
export const PREFIX_QUALITY = 0.85;
/**
 * Quality of another form of the typed word (same stem): near the word itself, as for the
 * library (one stem), and above any typo whatever Fuse makes of it: `scaling` ranked "scale"
 * below "staying" and "calling" at 0.8, as Bitap finds no `scaling` in "scale".
 */
export const FORM_QUALITY = 0.9;
/** Quality of a typed word found inside a longer word, not at its start. */
export const PART_QUALITY = 0.75;
/** Whether a quality (matchTerm) is a typo's: every typo ranks below a part. */
export const isTypo = (quality: number) => quality > 0 && quality < PART_QUALITY;
/** Shortest typed word found inside other words: shorter ones would be inside too many. */
export const MIN_PART_LENGTH = 3;

/** The words a part rule may read beside a part (wordsWithPieces). None by default. */
export type IsWord = (word: string) => boolean;
const NO_WORDS: IsWord = () => false;

/** Shortest word of a vocabulary read beside a part: `st` + `art` + `ed` is no compound. */
export const MIN_SIDE_LENGTH = 3;
const DIGITS = /^[0-9]+$/;

/**
 * A search's vocabulary for the part rule: its words of MIN_SIDE_LENGTH+ letters (`isTerm`),
 * and the pieces of its words written with capitals inside, however short (case-pieces.ts:
 * `py` of `PyTorch`, `i` of `iPhone`), since the writer marked those as words.
 */
export function wordsWithPieces(isTerm: IsWord, pieces: ReadonlySet<string>): IsWord {
  return (word) => pieces.has(word) || (word.length >= MIN_SIDE_LENGTH && isTerm(word));
}

/** Whether what stands `after` (or before) a part in a word lets it be a part: nothing, a number, a plural `s`, a word. */
function standsBeside(side: string, after: boolean, isWord: IsWord): boolean {
  return side === "" || DIGITS.test(side) || (after && side === "s") || isWord(side);
}

/**
 * Where the typed word `query` sits inside `term` as a part (-1: it does not, or is too short).
 * A part is a word the longer word is made of: what stands before and after it is nothing, a
 * number, a plural `s` or a word of `isWord` (`chat` + `gpt`, `hugging` + `face`, `gpt` + `4`).
 * Any letters inside a word are not: `hat` is in `that`, `red` in `shared` and `incredible`, and
 * `red hat` found 13 sentences on the seeds, none of them about Red Hat. Read at the first
 * place the typed word is found, as the library's lookup reads it (lookup-words-sql.ts).
 */
export function partIndex(query: string, term: string, isWord: IsWord = NO_WORDS): number {
  if (query.length < MIN_PART_LENGTH || term.length <= query.length) return -1;
  const at = term.indexOf(query);
  if (at < 0) return -1;
  const fits =
    standsBeside(term.slice(0, at), false, isWord) &&
    standsBeside(term.slice(at + query.length), true, isWord);
  return fits ? at : -1;
}

// Reused rows: words are short and matching is synchronous.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distances from `query` to the prefixes of `term` up to `maxColumn`
 * letters; returns [distance to the whole term (or Infinity when longer than maxColumn),
 * smallest distance to any prefix of length ≥ 1]. Stops early once every cell exceeds `limit`.
 */
function distances(query: string, term: string, maxColumn: number, limit: number): [number, number] {
  const n = query.length;
  const m = Math.min(term.length, maxColumn);
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 16);
    rowB = new Int32Array(m + 16);
    rowC = new Int32Array(m + 16);
  }
  let before = rowA; // row i - 2
  let previous = rowB; // row i - 1
  let current = rowC; // row i
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const qc = query.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const tc = term.charCodeAt(j - 1);
      const cost = qc === tc ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc)
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return [Infinity, Infinity];
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  let best = Infinity;
  for (let j = 1; j <= m; j++) best = Math.min(best, previous[j] as number);
  return [term.length <= maxColumn ? (previous[m] as number) : Infinity, best];
}

/**
 * matchTerm without its typos: the same word, another form, a beginning or a part, else 0. For
 * what decides a typo otherwise (the library's marks: find-match-ranges.ts), without the work of
 * weighing one.
 */
export function matchTermExactly(
  query: string,
  term: string,
  prefix: boolean,
  isWord: IsWord = NO_WORDS,
): number {
  if (query === term) return 1;
  if (isFormOf(query, term)) return FORM_QUALITY;
  if (prefix && term.length > query.length && term.startsWith(query)) return PREFIX_QUALITY;
  return partIndex(query, term, isWord) >= 0 ? PART_QUALITY : 0;
}

/**
 * Quality (0…1) of `term` (a word of the text) as a match for the typed word `query`.
 * `prefix` allows `query` to be the beginning of `term` (the word being typed, or a word of at
 * least 4 letters). Both must be normalised. `isWord`: the vocabulary a part's rest is read in (partIndex).
 * `typing`: the reader may still be typing `query` (the last word, no space after it). Only then
 * may a beginning have typos: a finished word is read as a beginning as typed (`scale ` finds
 * "scales", not "Salesforce", whose "sale|s" is a typo away), as engines read only the last word
 * as a beginning. Without it, a beginning is read as `prefix` says.
 */
export function matchTerm(
  query: string,
  term: string,
  prefix: boolean,
  isWord: IsWord = NO_WORDS,
  typing = prefix,
): number {
  const exact = matchTermExactly(query, term, prefix, isWord);
  if (exact > 0) return exact;
  const typos = maxTypos(query.length);
  if (typos === 0) return 0;
  const lengthGap = term.length - query.length;
  if (lengthGap < -typos || (!prefix && lengthGap > typos)) return 0;
  const [whole, bestPrefix] = distances(query, term, query.length + typos, typos);
  if (whole <= typos) return whole === 1 ? 0.7 : 0.55;
  if (prefix && typing && bestPrefix <= maxPrefixTypos(query.length)) return bestPrefix === 1 ? 0.6 : 0.45;
  return 0;
}
