import { isSplitPair } from "./compound-match";
import { tokenizeWithRanges, type TokenRange } from "../text/normalize-text";
import { readMarkQuery, readQueryWords, type MarkQuery } from "./read-mark-query";
import { casePieces } from "../text/case-pieces";
import { isTypo, matchTerm, matchTermExactly, PART_QUALITY, partIndex, type IsWord } from "./term-match";

/** A stretch of text to mark: UTF-16 offsets, end exclusive. */
export type MatchRange = [start: number, end: number];

/** Whether `word` of a text is one of the other forms of `queryWord` that a search found. */
export type FormsFound = (queryWord: string, word: string) => boolean;

/** Query words this short are marked only inside a run of matched query words ("is", "of"…). */
const SHORT_WORD = 2;

/** A run of query words matched in order: how many, and the first word of the text in it. */
interface Run {
  length: number;
  from: number;
}

/**
 * Makes `run` the run that ends at query word `back` (in `runs`, `starts`) plus `add` more
 * words, when that is longer; `start` is where a run beginning here starts. A function of the
 * module, not a closure made for every word of the text and every query word: run through tsx
 * (the bench), each such closure also had its name set, and marking the 84 hits of `cust` took
 * 1.5 ms instead of 0.5.
 */
function extendRun(run: Run, runs: Int32Array, starts: Int32Array, back: number, add: number, start: number) {
  const had = back >= 0 ? (runs[back] as number) : 0;
  if (had + add > run.length) {
    run.length = had + add;
    run.from = had > 0 ? (starts[back] as number) : start;
  }
}

/**
 * How well `token` matches query word `word` given the search's forms (findMatchRanges): a form
 * it found is the word itself, a typo that is none no match; without forms, as matched.
 */
function formQuality(quality: number, forms: FormsFound | undefined, word: string, token: string) {
  if (!forms || quality >= PART_QUALITY) return quality;
  return forms(word, token) ? 1 : 0;
}

/**
 * How well `token` matches query word `i` to be marked (0: not at all); `said`: the text or
 * episode says the word (readQueryWords), so no typo of it is marked. With the library's forms,
 * a typo is one of them or nothing (formQuality), so none is weighed.
 */
function markQuality(
  { wanted, prefix, typing }: MarkQuery,
  i: number,
  token: string,
  isWord: IsWord,
  forms: FormsFound | undefined,
  said: boolean,
): number {
  const word = wanted[i] as string;
  const typed = forms
    ? matchTermExactly(word, token, prefix[i] as boolean, isWord)
    : matchTerm(word, token, prefix[i] as boolean, isWord, typing[i]);
  const matched = formQuality(typed, forms, word, token);
  return said && isTypo(matched) ? 0 : matched;
}

/** The stretch of `word` (in `text`) that a part match covers: `GPT` of `ChatGPT`. */
function partRange(word: TokenRange, query: string, isWord: IsWord): MatchRange {
  const at = partIndex(query, word.token, isWord);
  // Offsets map one to one only when folding kept the length (no accents, `ß`, apostrophes).
  if (at < 0 || word.end - word.start !== word.token.length) return [word.start, word.end];
  return [word.start + at, word.start + at + query.length];
}

/** `vocabulary` and the pieces of `text`'s `words` written with capitals inside (casePieces). */
function withPieces(text: string, words: readonly TokenRange[], vocabulary: IsWord | undefined): IsWord {
  const pieces = new Set(casePieces(text, words));
  return (word) => pieces.has(word) || (vocabulary?.(word) ?? false);
}

/**
 * Where `query` matches in `text`, to mark: the words that match a query word (same word,
 * prefix, typo, part of a word or compound, as the ranking matches them). A part marks only
 * itself (`GPT` in `ChatGPT`), other matches the whole word. Words of 1–2 letters are marked
 * only as part of a run of consecutive query words, so `is` in "attention is all you need" is
 * marked in that phrase but not all over the sentence; a one-word query marks every match.
 * Where the whole query appears in order (typos, compounds allowed), only those phrases are
 * marked. Neighbouring marked words separated only by spaces or punctuation merge into one range.
 *
 * @param vocabulary the words of the search that found `text`, which a part's rest is read in
 *   (term-match.ts: partIndex), so that what is marked is what was found; the pieces of the
 *   text's own words written with capitals inside (`Chat` of `ChatGPT`) are words in any case.
 * @param forms the other forms of each query word that the search found (the library's, by
 *   their English stem: `modeling` finds "models"): each is marked as the word itself, and a
 *   typo of a query word is marked only when it is one. The library's search reads no other
 *   typos (it corrects them instead), so `chat` does not mark "that" in a sentence found for
 *   "ChatGPT". Without it (the page's own search) every typo the matching allows is marked.
 * @returns ranges in `text`, in order, not overlapping; [] when nothing matches.
 */
export function findMatchRanges(
  text: string,
  query: string,
  vocabulary?: IsWord,
  forms?: FormsFound,
): MatchRange[] {
  const reading = readMarkQuery(query);
  const { wanted, typing, joined } = reading;
  if (wanted.length === 0 || !text) return [];
  const n = wanted.length;
  const words = tokenizeWithRanges(text);
  const isWord = withPieces(text, words, vocabulary);
  const { splitsAtStopwords, said } = readQueryWords(reading, words, !forms && vocabulary);
  const marked = new Uint8Array(words.length);
  const phrase = new Uint8Array(words.length);
  const whole = new Uint8Array(words.length);
  const parts = new Map<number, string>();
  let hasPhrase = false;
  // Runs of query words matched in order, ending at the word two back, one back and this one:
  // how many query words, and the first word of the text in the run.
  let [before, previous, current] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  let [beforeFrom, previousFrom, currentFrom] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  for (let j = 0; j < words.length; j++) {
    const token = (words[j] as TokenRange).token;
    const last = j > 0 ? (words[j - 1] as TokenRange).token : undefined;
    for (let i = 0; i < n; i++) {
      const word = wanted[i] as string;
      const run: Run = { length: 0, from: j };
      const quality = markQuality(reading, i, token, isWord, forms, said[i] as boolean);
      if (quality > 0) {
        extendRun(run, previous, previousFrom, i - 1, 1, j);
        if (n === 1 || word.length > SHORT_WORD) {
          marked[j] = 1;
          if (quality === PART_QUALITY) parts.set(j, word);
          else whole[j] = 1;
        }
      }
      // The text splits the typed word (`opensource` ~ `open source`): both words match it.
      if (last !== undefined && isSplitPair(word, last, token, typing[i] as boolean, splitsAtStopwords[i])) {
        extendRun(run, before, beforeFrom, i - 1, 1, j - 1);
        marked[j - 1] = marked[j] = whole[j - 1] = whole[j] = 1;
      }
      // The text joins two typed words (`open source` ~ `opensource`): this word matches both.
      const join = joined[i] as string;
      if (join && (typing[i] ? token.startsWith(join) : token === join)) {
        extendRun(run, previous, previousFrom, i - 2, 2, j);
        marked[j] = whole[j] = 1;
      }
      current[i] = run.length;
      currentFrom[i] = run.from;
      // A run of 2+ query words in order: mark all its words.
      if (run.length >= 2) for (let k = run.from; k <= j; k++) marked[k] = whole[k] = 1;
      if (n >= 2 && i === n - 1 && run.length === n) {
        hasPhrase = true;
        for (let k = run.from; k <= j; k++) phrase[k] = 1;
      }
    }
    [before, previous, current] = [previous, current, before];
    [beforeFrom, previousFrom, currentFrom] = [previousFrom, currentFrom, beforeFrom];
  }
  // Where the whole query appears as a phrase, only the phrase is marked, not stray words.
  const keep = hasPhrase ? phrase : marked;

  const kept = (j: number) => (keep[j] ? (whole[j] ? "" : (parts.get(j) ?? "")) : undefined);
  return toRanges(text, words, kept, isWord);
}

/**
 * The ranges of the kept words (`kept(j)`: undefined to leave out, else the typed word found as
 * a part of it, "" for the whole word), neighbours merged across spaces and punctuation.
 */
function toRanges(
  text: string,
  words: TokenRange[],
  kept: (j: number) => string | undefined,
  isWord: IsWord,
): MatchRange[] {
  const ranges: MatchRange[] = [];
  words.forEach((word, j) => {
    const part = kept(j);
    if (part === undefined) return;
    const [start, end] = part ? partRange(word, part, isWord) : [word.start, word.end];
    const last = ranges.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(last[1], start))) last[1] = end;
    else ranges.push([start, end]);
  });
  return ranges;
}
