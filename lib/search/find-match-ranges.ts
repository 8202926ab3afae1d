import { tokenizeWithRanges } from "./normalize-text";
import { queryWords } from "./prepare-query";
import { allowsPrefix } from "./term-index";
import { matchTerm } from "./term-match";

/** A stretch of text to mark: UTF-16 offsets, end exclusive. */
export type MatchRange = [start: number, end: number];

/** Query words this short are marked only inside a run of matched query words ("is", "of"…). */
const SHORT_WORD = 2;

/**
 * Where `query` matches in `text`, to mark: the words that match a query word (same word,
 * prefix or typo, as the ranking matches them). Words of 1–2 letters are marked only as part
 * of a run of consecutive query words, so `is` in "attention is all you need" is marked in
 * that phrase but not all over the sentence; a one-word query marks every match. Where the whole
 * query appears in order (typos allowed), only those phrases are marked. Neighbouring
 * marked words separated only by spaces or punctuation merge into one range.
 *
 * @returns ranges in `text`, in order, not overlapping; [] when nothing matches.
 */
export function findMatchRanges(text: string, query: string): MatchRange[] {
  const { tokens: wanted, typingLast } = queryWords(query);
  if (wanted.length === 0 || !text) return [];
  const prefix = wanted.map((token, i) => allowsPrefix(token, typingLast && i === wanted.length - 1));
  const words = tokenizeWithRanges(text);
  const n = wanted.length;
  const marked = new Uint8Array(words.length);
  const phrase = new Uint8Array(words.length);
  let hasPhrase = false;
  let run = new Int32Array(n);
  let next = new Int32Array(n);
  words.forEach(({ token }, j) => {
    let longest = 0;
    for (let i = 0; i < n; i++) {
      const quality = matchTerm(wanted[i] as string, token, prefix[i] as boolean);
      const length = quality > 0 ? (i > 0 ? (run[i - 1] as number) : 0) + 1 : 0;
      next[i] = length;
      longest = Math.max(longest, length);
      if (quality > 0 && (n === 1 || (wanted[i] as string).length > SHORT_WORD)) marked[j] = 1;
    }
    // A run of 2+ query words in order: mark all its words.
    if (longest >= 2) for (let k = j - longest + 1; k <= j; k++) marked[k] = 1;
    if (n >= 2 && next[n - 1] === n) {
      hasPhrase = true;
      for (let k = j - n + 1; k <= j; k++) phrase[k] = 1;
    }
    [run, next] = [next, run];
  });
  // Where the whole query appears as a phrase, only the phrase is marked, not stray words.
  const keep = hasPhrase ? phrase : marked;

  const ranges: MatchRange[] = [];
  words.forEach(({ start, end }, j) => {
    if (!keep[j]) return;
    const last = ranges.at(-1);
    if (last && !/[\p{L}\p{N}]/u.test(text.slice(last[1], start))) last[1] = end;
    else ranges.push([start, end]);
  });
  return ranges;
}
