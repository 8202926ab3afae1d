import type { Note } from "../model/episode-schema";

/**
 * True when a timed note starts before an earlier timed note: the page keeps the source's order
 * (its authors grouped notes by topic) and says that the times are not always in order.
 * @param notes the notes in page order; untimed notes are ignored
 */
export function hasBackwardTimes(notes: readonly Note[]): boolean {
  let latest = -Infinity;
  for (const note of notes) {
    if (note.start === undefined) continue;
    if (note.start < latest) return true;
    latest = note.start;
  }
  return false;
}
