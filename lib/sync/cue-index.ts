/**
 * A sorted, immutable index of timed cues (sentences, words, sections), built once and searched
 * on every time update in O(log n) (plus a short walk back over overlapping cues).
 * All times are seconds on the episode clock.
 */
export interface CueIndex {
  /** Cue starts, ascending (s). */
  readonly starts: Float64Array;
  /** Cue ends in the same order (s); a missing end is stored as the cue's start. */
  readonly ends: Float64Array;
  /** `maxEnds[i]` = the latest end among cues `0..i` (s): bounds the walk back over overlaps. */
  readonly maxEnds: Float64Array;
  /** `order[i]` = the position in the caller's input of the i-th cue in time order. */
  readonly order: Int32Array;
  /** `rank[p]` = where the cue at input position `p` sits in time order (the inverse of `order`). */
  readonly rank: Int32Array;
}

/**
 * Builds a cue index from parallel arrays of starts and ends (seconds).
 *
 * Input in any order is accepted: cues are sorted by start (stably, so equal starts keep their
 * input order) and `findActive` answers with positions in the caller's input. A missing or
 * non-finite end (`NaN`), or an end before the start, makes a zero-length cue.
 *
 * @throws RangeError when the arrays differ in length or a start is not a finite number.
 */
export function createCueIndex(starts: readonly number[], ends: readonly number[]): CueIndex {
  if (starts.length !== ends.length) {
    throw new RangeError(`createCueIndex: ${starts.length} starts but ${ends.length} ends`);
  }
  const n = starts.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(starts[i]))
      throw new RangeError(`createCueIndex: start #${i} is not a finite number`);
  }
  const startOf = (i: number) => starts[i] as number;
  order.sort((a, b) => startOf(a) - startOf(b) || a - b);

  const sortedStarts = new Float64Array(n);
  const sortedEnds = new Float64Array(n);
  const maxEnds = new Float64Array(n);
  let max = -Infinity;
  order.forEach((original, i) => {
    const start = startOf(original);
    const rawEnd = ends[original] ?? Number.NaN;
    const end = Number.isFinite(rawEnd) && rawEnd > start ? rawEnd : start;
    sortedStarts[i] = start;
    sortedEnds[i] = end;
    max = Math.max(max, end);
    maxEnds[i] = max;
  });
  const rank = new Int32Array(n);
  order.forEach((original, i) => (rank[original] = i));
  return { starts: sortedStarts, ends: sortedEnds, maxEnds, order: Int32Array.from(order), rank };
}

/** Position (in time order) of the last cue whose start is ≤ `t`, or −1. */
function lastStartAtOrBefore(index: CueIndex, t: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.starts[mid] as number) <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * The cue active at `t` (seconds), as a position in the input arrays given to `createCueIndex`.
 *
 * - −1 before the first cue, for an empty index, or when `t` is not a number.
 * - A cue is active on `[start, end)`: at a shared boundary the next cue wins.
 * - In a gap after a cue's end and before the next start, the last cue that started stays
 *   active (the last spoken sentence stays marked through a pause).
 * - When cues overlap, the latest-starting cue that still contains `t` wins; when none contains
 *   `t`, the cue that ended last does (a short interjection inside a long sentence does not
 *   outlast the sentence).
 */
export function findActive(index: CueIndex, t: number): number {
  if (Number.isNaN(t)) return -1;
  const last = lastStartAtOrBefore(index, t);
  if (last < 0) return -1;
  let chosen = last;
  const ends = index.ends;
  if ((ends[last] as number) <= t) {
    const latestEnd = index.maxEnds[last] as number;
    // `last` is over. An earlier, longer cue may still be running (latestEnd > t), or may have
    // ended after `last` did: walk back to the latest-starting running cue, else to the cue that
    // ended last. maxEnds bounds the walk to the cues that overlap `last`.
    for (let j = last - 1; j >= 0 && (ends[last] as number) < latestEnd; j--) {
      const end = ends[j] as number;
      if (end > t || (latestEnd <= t && end === latestEnd)) {
        chosen = j;
        break;
      }
    }
  }
  return index.order[chosen] as number;
}

/** Whether cue `position` (an input position, as `findActive` returns) contains `t`: start ≤ t < end. */
export function cueContains(index: CueIndex, position: number, t: number): boolean {
  const i = index.rank[position];
  if (i === undefined) return false;
  return (index.starts[i] as number) <= t && t < (index.ends[i] as number);
}
