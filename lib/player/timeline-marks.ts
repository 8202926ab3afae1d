import { formatClock } from "@/lib/time/format-time";
import { createCueIndex, findActive, type CueIndex } from "@/lib/sync/cue-index";

/** A titled stretch of the episode (a section or chapter); seconds on the episode clock. */
export interface TimelineMark {
  readonly title: string;
  readonly start: number;
  readonly end?: number;
}

/** Where a time sits on a bar of `duration` seconds, as a CSS percentage clamped to 0–100 %. */
export function percentOf(t: number, duration: number): string {
  if (!(duration > 0) || !Number.isFinite(t)) return "0%";
  return `${Math.min(100, Math.max(0, (t / duration) * 100)).toFixed(3)}%`;
}

/**
 * Indexes marks for "which one is playing at t". A mark without an end runs until the next one
 * starts (or the end of the episode), so a chapter list without ends still names every moment.
 */
export function indexMarks(marks: readonly TimelineMark[], duration: number): CueIndex {
  const sorted = [...marks].map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i);
  const ends = new Array<number>(marks.length);
  sorted.forEach(({ m, i }, k) => {
    const next = sorted[k + 1]?.m.start;
    ends[i] = m.end ?? next ?? duration;
  });
  return createCueIndex(
    marks.map((m) => m.start),
    ends,
  );
}

/** The title of the mark playing at `t` (s): in a gap the last one started stays; "" before the first. */
export function markTitleAt(marks: readonly TimelineMark[], index: CueIndex, t: number): string {
  const position = findActive(index, t);
  return position < 0 ? "" : (marks[position]?.title ?? "");
}

/** "8:36 of 42:10": the scrubber's spoken value. */
export function describePosition(t: number, duration: number): string {
  return `${formatClock(t)} of ${formatClock(duration)}`;
}
