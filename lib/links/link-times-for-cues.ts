import type { TimeRange } from "../time/parse-time-param";
import { toLinkMs } from "./resolve-linked-cues";

/** A timed passage a link can point at: a sentence, a note, a chapter. Seconds. */
export interface LinkCue {
  start: number;
  end?: number;
}

/** Coarsest first (ms): whole seconds, tenths, hundredths, milliseconds. */
const UNITS = [1000, 100, 10, 1];
/** How far past a cue's start its link may open (ms): less than a syllable. */
const START_SLACK_MS = 100;

/** The earliest start after `ms` (ms), or Infinity. */
function nextStartAfter(starts: readonly number[], ms: number): number {
  let next = Infinity;
  for (const start of starts) if (start > ms && start < next) next = start;
  return next;
}

/** A link's first time (ms): the coarsest in [start, upper) at or after the cue's start. */
function pickStart(start: number, upper: number): number {
  for (const unit of UNITS) {
    const candidate = Math.ceil(start / unit) * unit;
    if (candidate < upper) return candidate;
  }
  return start;
}

/** A link's end (ms): the coarsest rounding of `target` in (after, bound]. */
function pickEnd(target: number, after: number, bound: number): number {
  for (const unit of UNITS) {
    const candidate = Math.round(target / unit) * unit;
    if (candidate > after && candidate <= bound) return candidate;
  }
  return target;
}

/**
 * The times of the shortest link that `resolveLinkedCues` reads back as exactly the cues from
 * `cues[first]` to `cues[last]` in time order (a moment, `{ start }`, for `cues[first]` alone
 * when `last` is left out). Times are written with the fewest decimals that still do so: the
 * start is the coarsest time within the first cue's first tenth of a second and before anything
 * else starts, the end the coarsest rounding of the last cue's end that no later cue starts
 * before (`517.722–524.068` followed by a sentence at 524.068 gives `517.8,524`). Cues sharing
 * a start (to the ms) cannot be told apart by time and come together.
 *
 * @throws RangeError when `first` or `last` is not a cue with a finite start.
 */
export function linkTimesForCues(cues: readonly LinkCue[], first: number, last?: number): TimeRange {
  const at = (i: number) => {
    const cue = cues[i];
    if (!cue || !Number.isFinite(cue.start)) throw new RangeError(`linkTimesForCues: no timed cue #${i}`);
    const start = toLinkMs(cue.start);
    const end = cue.end === undefined || !Number.isFinite(cue.end) ? start : toLinkMs(cue.end);
    return { start, end };
  };
  const starts = cues.map((cue) => toLinkMs(cue.start)).filter(Number.isFinite);
  const [from, to] = [at(first), at(last ?? first)].sort((x, y) => x.start - y.start) as [
    { start: number; end: number },
    { start: number; end: number },
  ];
  const ownEnd = from.end > from.start ? from.end : Infinity;
  const a = pickStart(
    from.start,
    Math.min(nextStartAfter(starts, from.start), ownEnd, from.start + START_SLACK_MS),
  );
  if (last === undefined) return { start: a / 1000 };
  const next = nextStartAfter(starts, to.start);
  // Without an end of its own, a cue is taken to last a second (or until the next starts).
  const end = to.end > to.start ? to.end : to.start + 1000;
  const bound = Number.isFinite(next) ? next : end;
  const b = pickEnd(Math.min(end, next), Math.max(to.start, a), bound);
  return { start: a / 1000, end: b / 1000 };
}
