import { linkTimesForCues } from "../links/link-times-for-cues";
import { resolveLinkedCues } from "../links/resolve-linked-cues";
import { readTimeAttribute } from "./read-time-attribute";

export interface MomentToShareInput {
  /** `#transcript`: its timed `[data-sentence]` elements (sentences, notes, chapters) are the passages. */
  transcript: Element | null;
  /** The playhead (s) and whether it means anything yet (see the player store). */
  time: number;
  playing: boolean;
  positioned: boolean;
  /** The reading area, viewport px: below the sticky player (`top`) to the window's bottom. */
  top: number;
  bottom: number;
}

/** Index of the first passage whose box ends below `top` (boxes run down the page), or the count. */
function firstEndingBelow(passages: readonly Element[], top: number): number {
  let lo = 0;
  let hi = passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((passages[mid] as Element).getBoundingClientRect().bottom > top) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The moment (s) "Copy link to this moment" links to, or undefined when there is none at all.
 *
 * - Playing: the playhead, to a tenth of a second, or to the ms when the tenth would open in
 *   another passage.
 * - Paused: the playhead when its passage is in view (the reader sees the marked moment, as after
 *   opening a `?t=` link); otherwise the passage at the reading position, the first one in view,
 *   written so that the link lands on it (linkTimesForCues). With none in view, the playhead once
 *   positioned, else the passage the reader comes to next (the first, at the top of the page).
 */
export function momentToShare(input: MomentToShareInput): number | undefined {
  const { transcript, time, playing, positioned } = input;
  const passages = transcript
    ? [...transcript.querySelectorAll("[data-sentence]")].filter((el) =>
        Number.isFinite(readTimeAttribute(el, "data-start")),
      )
    : [];
  const cues = passages.map((el) => ({
    start: readTimeAttribute(el, "data-start"),
    end: readTimeAttribute(el, "data-end"),
  }));
  const starts = cues.map((cue) => cue.start);
  const atPlayhead = resolveLinkedCues(starts, { start: time });
  const playhead = () => {
    const tenth = Math.round(time * 10) / 10;
    return String(resolveLinkedCues(starts, { start: tenth })) === String(atPlayhead)
      ? tenth
      : Math.round(time * 1000) / 1000;
  };
  const inView = (el: Element | undefined) => {
    const box = el?.getBoundingClientRect();
    return box !== undefined && box.bottom > input.top && box.top < input.bottom;
  };
  if (playing || (positioned && passages.length === 0)) return playhead();
  if (passages.length === 0) return undefined;
  if (positioned && atPlayhead.some((i) => inView(passages[i]))) return playhead();
  const i = firstEndingBelow(passages, input.top);
  if (!inView(passages[i]) && positioned) return playhead();
  return linkTimesForCues(cues, Math.min(i, passages.length - 1)).start;
}
