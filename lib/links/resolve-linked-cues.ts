import type { TimeRange } from "../time/parse-time-param";

/**
 * A time as a link compares it: whole milliseconds, the precision of a `t=` value. Integers, so
 * `517.722` and a sentence starting at 517.722 s compare equal whatever the float arithmetic.
 */
export function toLinkMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

/**
 * The rule every time link is read by, on the page (the quote marks) and in the quote card:
 * a link `t=a,b` selects **the cue playing at `a` and every cue that starts after `a` and before
 * `b`**; a moment `t=a` selects the cue playing at `a`. "Playing at `a`" is the cue with the
 * latest start at or before `a` (cues sharing that start count as one: no time tells them
 * apart). Times compare at link precision (ms, {@link toLinkMs}).
 *
 * Starts, not overlaps, decide: a link whose end falls a little into the next sentence, or whose
 * start a little before its first sentence's end, does not take a neighbour along. Old links
 * (`t=516,530`, rounded to a tenth) still select the sentence they open in and what follows it.
 * `linkTimesForCues` writes the times that select exactly a chosen run of cues.
 *
 * @param starts the cues' starts (s), in any order; non-finite starts are never selected.
 * @returns input positions of the selected cues, ascending.
 */
export function resolveLinkedCues(starts: readonly number[], range: TimeRange): number[] {
  const a = toLinkMs(range.start);
  const b = range.end === undefined ? a : toLinkMs(range.end);
  let playing = -Infinity;
  for (const start of starts) {
    const ms = toLinkMs(start);
    if (ms <= a && ms > playing) playing = ms;
  }
  const picked: number[] = [];
  starts.forEach((start, i) => {
    const ms = toLinkMs(start);
    if (Number.isFinite(ms) && (ms === playing || (ms > a && ms < b))) picked.push(i);
  });
  return picked;
}
