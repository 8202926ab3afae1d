import type { Timing, Word } from "../../model/episode-schema";
import type { LinearClock } from "../clock/linear-clock";
import { roundTime } from "../../time/round-time";

/** Typical speaking pace used to extrapolate past the last known time, seconds per character. */
export const SECONDS_PER_CHAR = 0.065;

/** A word's time while it is being worked out (seconds on the source clock). */
export interface Slot {
  start?: number;
  end?: number;
  timing?: Timing;
}

/** A word as far as timing is concerned. */
export interface TimableWord {
  text: string;
  note: boolean;
}

/**
 * Weight of a word when spreading time: its length in characters + 1 (the space).
 * @param w a word
 */
export const weight = (w: TimableWord): number => w.text.length + 1;

/** What {@link spread} spreads, and over which span. */
export interface SpreadInput {
  /** All words. */
  words: readonly TimableWord[];
  /** Their slots (filled in place). */
  slots: Slot[];
  /** Indices of the words to time, in order. */
  ids: number[];
  /** Seconds. */
  from: number;
  /** Seconds (≥ from, else the words get zero length). */
  to: number;
  /** The timing to record. */
  timing: Timing;
}

/**
 * Spread [from, to] (seconds) over the words `ids` by character length.
 * @param input the words, their slots, which to time, the span and the timing
 */
export function spread({ words, slots, ids, from, to, timing }: SpreadInput): void {
  const total = ids.reduce((s, i) => s + weight(words[i] ?? { text: "", note: false }), 0);
  const per = total > 0 ? Math.max(0, to - from) / total : 0;
  let cursor = from;
  for (const i of ids) {
    const d = weight(words[i] ?? { text: "", note: false }) * per;
    slots[i] = { start: cursor, end: cursor + d, timing };
    cursor += d;
  }
}

/** Extra seconds beyond twice the natural duration that make a gap a pause rather than slow speech. */
const LONG_PAUSE = 1;

/** Whether the word at `i` follows a sentence end (so a pause is likely before it). */
function startsSentence(words: readonly TimableWord[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = words[k];
    if (!w || w.note) continue;
    return /[.?!\u2026]["'\u201D\u2019)\]]*$/u.test(w.text);
  }
  return true;
}

/** What {@link fillGaps} fills. */
export interface FillInput {
  /** All words. */
  words: readonly TimableWord[];
  /** Their slots (filled in place). */
  slots: Slot[];
  /** Timing recorded on filled words. */
  timing: Timing;
  /** Earliest time (seconds) for words before the first timed one, if any. */
  floor: number | undefined;
}

/**
 * Fill every untimed non-note word by interpolation / extrapolation between
 * timed ones. A gap much longer than the words need (a pause) is not stretched:
 * the words sit at a typical pace just before the next timed word when they
 * start a sentence, else just after the previous one.
 */
export function fillGaps({ words, slots, timing, floor }: FillInput): void {
  let pending: number[] = [];
  let lastEnd: number | undefined;
  const flush = (next: number | undefined): void => {
    if (pending.length === 0) return;
    const chars = pending.reduce((s, i) => s + weight(words[i] ?? { text: "", note: false }), 0);
    const span = chars * SECONDS_PER_CHAR;
    if (lastEnd !== undefined && next !== undefined) {
      const gap = Math.max(0, next - lastEnd);
      if (gap <= 2 * span + LONG_PAUSE)
        spread({
          words: words,
          slots: slots,
          ids: pending,
          from: lastEnd,
          to: lastEnd + gap,
          timing: timing,
        });
      else if (startsSentence(words, pending[0] ?? 0))
        spread({ words: words, slots: slots, ids: pending, from: next - span, to: next, timing: timing });
      else
        spread({
          words: words,
          slots: slots,
          ids: pending,
          from: lastEnd,
          to: lastEnd + span,
          timing: timing,
        });
    } else if (lastEnd !== undefined)
      spread({ words: words, slots: slots, ids: pending, from: lastEnd, to: lastEnd + span, timing: timing });
    else if (next !== undefined) {
      const from = floor === undefined ? next - span : Math.min(next, Math.max(floor, next - span));
      spread({ words: words, slots: slots, ids: pending, from: from, to: next, timing: timing });
    }
    pending = [];
  };
  words.forEach((w, i) => {
    if (w.note) return;
    const slot = slots[i];
    if (slot?.start === undefined) {
      pending.push(i);
      return;
    }
    flush(slot.start);
    lastEnd = slot.end ?? slot.start;
  });
  flush(undefined);
}

/**
 * Model words from slots: starts made non-decreasing, ends ≥ starts, mapped
 * through the clock, rounded to ms; notes and unfilled words stay untimed.
 * @param words all words
 * @param slots their slots (seconds on the source clock)
 * @param clock source clock → episode clock
 */
export function finish(words: readonly TimableWord[], slots: Slot[], clock: LinearClock): Word[] {
  let prev = -Infinity;
  const out: Word[] = new Array<Word>(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? { text: "", note: false };
    const slot = slots[i];
    if (w.note) {
      out[i] = { text: w.text, note: true };
      continue;
    }
    if (slot?.start === undefined) {
      out[i] = { text: w.text };
      continue;
    }
    const start = Math.max(prev, clock.rate * slot.start + clock.offset);
    const end = Math.max(start, clock.rate * (slot.end ?? slot.start) + clock.offset);
    prev = start;
    const word: Word = { text: w.text, start: roundTime(start), end: roundTime(end) };
    if (slot.timing) word.timing = slot.timing;
    out[i] = word;
  }
  return out;
}
