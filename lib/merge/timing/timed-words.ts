import type { Word } from "../../model/episode-schema";
import type { CaptionWord } from "./caption-words";
import type { ChunkAnchor } from "../clock/map-chunks";
import type { MatchableWord, WordMatch } from "../align/match-words";
import type { LinearClock } from "../clock/linear-clock";
import { fillGaps, finish, spread, weight, SECONDS_PER_CHAR, type Slot } from "./spread-times";

/** What {@link timeWordsFromCaptions} reads. */
export interface CaptionTimesInput {
  clean: readonly MatchableWord[];
  /** Clean (left) ↔ caption (right) alignment. */
  match: WordMatch;
  /** The caption words (seconds on the caption clock). */
  captions: readonly CaptionWord[];
  /** Caption clock → episode clock. */
  clock: LinearClock;
}

/**
 * Times for clean words from aligned caption words: a word with a matched token
 * takes the caption time (`aligned`); others are interpolated between aligned
 * neighbours by character length (`estimated`). Notes stay untimed.
 * @param input the clean words, the clean (left) ↔ caption (right) alignment, the caption
 *   words (seconds on the caption clock) and the caption clock → episode clock
 * @returns one model word per clean word, seconds on the episode clock (ms-rounded)
 */
export function timeWordsFromCaptions({ clean, match, captions, clock }: CaptionTimesInput): Word[] {
  const slots: Slot[] = clean.map(() => ({}));
  const tokStart = new Float64Array(match.right.tokens.length);
  const tokEnd = new Float64Array(match.right.tokens.length);
  let t = 0;
  while (t < match.right.tokens.length) {
    const wi = match.right.wordOf[t] ?? 0;
    let u = t;
    while (u < match.right.tokens.length && match.right.wordOf[u] === wi) u++;
    const cw = captions[wi];
    const chars = match.right.tokens.slice(t, u).reduce((s, x) => s + x.length, 0) || 1;
    let cursor = cw?.start ?? 0;
    const per = ((cw?.end ?? 0) - (cw?.start ?? 0)) / chars;
    for (let k = t; k < u; k++) {
      tokStart[k] = cursor;
      cursor += (match.right.tokens[k]?.length ?? 0) * per;
      tokEnd[k] = cursor;
    }
    t = u;
  }
  match.tokenMap.forEach((j, ti) => {
    if (j < 0) return;
    const w = match.left.wordOf[ti] ?? -1;
    const slot = slots[w];
    if (!slot) return;
    const s = tokStart[j] ?? 0;
    const e = tokEnd[j] ?? s;
    slot.start = slot.start === undefined ? s : Math.min(slot.start, s);
    slot.end = slot.end === undefined ? e : Math.max(slot.end, e);
    slot.timing = "aligned";
  });
  spreadOverCaptionGaps({ clean, slots, match, tokStart, tokEnd });
  fillGaps({ words: clean, slots: slots, timing: "estimated", floor: undefined });
  return finish(clean, slots, clock);
}

/** The clean words, their slots (filled in place) and each caption token's time span. */
interface GapInput {
  clean: readonly MatchableWord[];
  slots: Slot[];
  match: WordMatch;
  tokStart: Float64Array;
  tokEnd: Float64Array;
}

/**
 * Unmatched clean words between two aligned words take the time of the
 * unmatched caption words between the same two points (what was actually said
 * there), when there are any; `estimated`.
 */
function spreadOverCaptionGaps({ clean, slots, match, tokStart, tokEnd }: GapInput): void {
  const firstCap = new Int32Array(clean.length).fill(-1);
  const lastCap = new Int32Array(clean.length).fill(-1);
  match.tokenMap.forEach((j, t) => {
    if (j < 0) return;
    const w = match.left.wordOf[t] ?? 0;
    if ((firstCap[w] ?? -1) < 0) firstCap[w] = j;
    lastCap[w] = j;
  });
  let prev = -1;
  let run: number[] = [];
  clean.forEach((w, i) => {
    if (w.note) return;
    if ((firstCap[i] ?? -1) < 0) {
      run.push(i);
      return;
    }
    if (run.length > 0 && prev >= 0) {
      const jL = lastCap[prev] ?? -1;
      const jR = firstCap[i] ?? -1;
      if (jR - jL > 1) {
        const lo = Math.max(tokStart[jL + 1] ?? 0, slots[prev]?.end ?? -Infinity);
        const hi = Math.min(tokEnd[jR - 1] ?? 0, slots[i]?.start ?? Infinity);
        if (hi >= lo) spread({ words: clean, slots: slots, ids: run, from: lo, to: hi, timing: "estimated" });
      }
    }
    run = [];
    prev = i;
  });
}

/** What {@link timeWordsFromChunks} reads. */
export interface ChunkTimesInput {
  clean: readonly MatchableWord[];
  /** Chunk starts located in the clean words (video seconds). */
  anchors: readonly ChunkAnchor[];
  /** Video clock → episode clock. */
  clock: LinearClock;
  /** Seconds, if known. */
  duration: number | undefined;
}

/**
 * Coarse times from summary-page chunks: the words of each chunk share the span
 * from its start to the next chunk's start (the last chunk runs at a typical pace,
 * capped at `duration`), spread by character length; timing `coarse`.
 * @param input the clean words, the chunk starts located in them (video seconds), the video
 *   clock → episode clock and the duration in seconds, if known
 */
export function timeWordsFromChunks({ clean, anchors, clock, duration }: ChunkTimesInput): Word[] {
  const slots: Slot[] = clean.map(() => ({}));
  const usable = anchors.filter((a, k) => k === 0 || a.word > (anchors[k - 1]?.word ?? -1));
  usable.forEach((anchor, k) => {
    const next = usable[k + 1];
    const to = next ? next.word : clean.length;
    const ids: number[] = [];
    for (let i = anchor.word; i < to; i++) if (!clean[i]?.note) ids.push(i);
    const chars = ids.reduce((s, i) => s + weight(clean[i] ?? { text: "", note: false }), 0);
    let end = next ? Math.max(anchor.start, next.start) : anchor.start + chars * SECONDS_PER_CHAR;
    if (!next && duration !== undefined && duration > anchor.start) end = Math.min(end, duration);
    spread({ words: clean, slots: slots, ids: ids, from: anchor.start, to: end, timing: "coarse" });
  });
  fillGaps({ words: clean, slots: slots, timing: "coarse", floor: 0 });
  return finish(clean, slots, clock);
}

/**
 * Words straight from captions (no clean text): the first word of each cue (and of
 * each timed part of a cue) starts at the time the source gives (`exact`), the others
 * are spread over the cue or part (`estimated`).
 * @param captions caption words (caption clock)
 * @param clock caption clock → episode clock
 */
export function timeCaptionOnlyWords(captions: readonly CaptionWord[], clock: LinearClock): Word[] {
  const slots: Slot[] = captions.map((c) =>
    c.note ? {} : { start: c.start, end: c.end, timing: c.exact ? "exact" : "estimated" },
  );
  return finish(captions, slots, clock);
}
