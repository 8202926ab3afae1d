import type { CaptionWord } from "../timing/caption-words";
import type { WordMatch } from "./match-words";
import { mapTime, type ClockMap } from "../clock/apply-clock";

/** A run of caption words that the clean text does not have. */
export interface OutsideRun {
  /** First caption word index (inclusive). */
  from: number;
  /** End caption word index (exclusive). */
  to: number;
  /** "promo": before the aligned material and before 0 on the episode clock; "extra": elsewhere. */
  kind: "promo" | "extra";
}

/** Result of {@link findOutside}. */
export interface OutsideResult {
  runs: OutsideRun[];
  /** Unmatched caption words (with tokens) left out because they are scattered, not in a run. */
  scattered: number;
}

/** A run needs at least this many tokens to count as material of its own (except a promo). */
const MIN_RUN_TOKENS = 20;
/** …and the clean text may have at most this share of the run's tokens in the same gap. */
const MAX_CLEAN_SHARE = 0.2;

/**
 * Find caption material the clean text lacks. The run before the first aligned
 * word is a promo as far as its cues start before 0 s on the episode clock (only
 * possible when the episode clock is another source's); any run of ≥ 20 unmatched tokens whose
 * gap in the clean text is ≤ 20 % as long is kept as extra material. Remaining
 * unmatched caption words are counted as scattered.
 * @param captions caption words (caption clock)
 * @param match clean (left) ↔ caption (right) alignment
 * @param clock caption clock → episode clock
 */
export function findOutside(
  captions: readonly CaptionWord[],
  match: WordMatch,
  clock: ClockMap,
): OutsideResult {
  const tokensOf = new Int32Array(captions.length);
  const matched = new Uint8Array(captions.length);
  const firstClean = new Int32Array(captions.length).fill(-1);
  const lastClean = new Int32Array(captions.length).fill(-1);
  match.right.wordOf.forEach((w, t) => {
    tokensOf[w] = (tokensOf[w] ?? 0) + 1;
    const left = match.reverseMap[t] ?? -1;
    if (left < 0) return;
    matched[w] = 1;
    if ((firstClean[w] ?? -1) < 0) firstClean[w] = left;
    lastClean[w] = left;
  });
  const runs: OutsideRun[] = [];
  let scattered = 0;
  let prevMatched = -1;
  const cleanTotal = match.left.tokens.length;
  const close = (from: number, to: number): void => {
    if (to <= from) return;
    let runTokens = 0;
    for (let k = from; k < to; k++) runTokens += tokensOf[k] ?? 0;
    const before = from > 0 ? (lastClean[from - 1] ?? -1) : -1;
    const after = to < captions.length ? (firstClean[to] ?? cleanTotal) : cleanTotal;
    const cleanGap = Math.max(0, after - before - 1);
    if (from === 0 && to < captions.length) {
      // The promo is the part of the leading run that plays before the episode starts.
      // Whole cues: a cue that starts before 0 keeps all its words.
      let split = from;
      let cueStartsBefore = true;
      while (split < to) {
        const word = captions[split];
        if (word?.firstInCue) cueStartsBefore = mapTime(word.start, clock) < 0;
        if (!cueStartsBefore) break;
        split++;
      }
      if (split > from) {
        runs.push({ from, to: split, kind: "promo" });
        close(split, to);
        return;
      }
    }
    if (runTokens >= MIN_RUN_TOKENS && cleanGap <= MAX_CLEAN_SHARE * runTokens + 2)
      runs.push({ from, to, kind: "extra" });
    else scattered += runTokens > 0 ? countWithTokens(tokensOf, from, to) : 0;
  };
  for (let k = 0; k < captions.length; k++) {
    if (!matched[k]) continue;
    close(prevMatched + 1, k);
    prevMatched = k;
  }
  close(prevMatched + 1, captions.length);
  return { runs, scattered };
}

function countWithTokens(tokensOf: Int32Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if ((tokensOf[k] ?? 0) > 0) n++;
  return n;
}
