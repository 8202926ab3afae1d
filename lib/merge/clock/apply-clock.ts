import type { Word } from "../../model/episode-schema";
import type { ClockPair } from "./fit-clock";
import { roundTime } from "../../time/round-time";
import type { LinearClock } from "./linear-clock";

/**
 * A source clock → episode clock mapping: the linear fit plus a local
 * correction (seconds) known at some source times, interpolated in between and
 * held constant beyond the ends. The correction is zero unless the pairs show a
 * lasting step (e.g. a mid-roll ad only the audio has).
 */
export interface ClockMap {
  linear: LinearClock;
  /** Source times of the correction points, seconds, increasing. */
  at: number[];
  /** Correction at each point, seconds (added after the linear map). */
  delta: number[];
}

/** Rolling-median window (pairs) used to find lasting steps. */
const WINDOW = 9;
/** Residuals within this many seconds of the fit are left alone (chunk times are whole seconds). */
const STEP = 1.5;

/**
 * A clock map without correction.
 * @param linear the linear clock
 */
export function linearMap(linear: LinearClock): ClockMap {
  return { linear, at: [], delta: [] };
}

/**
 * A clock map from a linear fit and the pairs it was fitted on: the rolling
 * median (9 pairs) of the residuals becomes the correction where it exceeds
 * 1.5 s, so a lasting step in the pairs is followed while noise and isolated
 * outliers are ignored.
 * @param linear the fitted clock
 * @param pairs (source seconds, episode seconds) observations
 */
export function correctedMap(linear: LinearClock, pairs: readonly ClockPair[]): ClockMap {
  const sorted = [...pairs].sort((x, y) => x.from - y.from || x.to - y.to);
  if (sorted.length < WINDOW) return linearMap(linear);
  const residuals = sorted.map((p) => p.to - (linear.rate * p.from + linear.offset));
  const half = WINDOW >> 1;
  const at: number[] = [];
  const delta: number[] = [];
  let any = false;
  sorted.forEach((p, i) => {
    const lo = Math.max(0, Math.min(i - half, sorted.length - WINDOW));
    const window = residuals.slice(lo, lo + WINDOW).sort((x, y) => x - y);
    const m = window[half] ?? 0;
    const d = Math.abs(m) > STEP ? m : 0;
    if (d !== 0) any = true;
    at.push(p.from);
    delta.push(d);
  });
  return any ? { linear, at, delta } : linearMap(linear);
}

/**
 * Map one time through a clock map, ms-rounded.
 * @param t seconds on the source clock
 * @param map source → episode clock
 */
export function mapTime(t: number, map: ClockMap): number {
  const base = map.linear.rate * t + map.linear.offset;
  const { at, delta } = map;
  if (at.length === 0) return roundTime(base);
  let lo = 0;
  let hi = at.length - 1;
  if (t <= (at[0] ?? 0)) return roundTime(base + (delta[0] ?? 0));
  if (t >= (at[hi] ?? 0)) return roundTime(base + (delta[hi] ?? 0));
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] ?? 0) <= t) lo = mid;
    else hi = mid;
  }
  const t0 = at[lo] ?? 0;
  const t1 = at[hi] ?? t0;
  const f = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
  return roundTime(base + (delta[lo] ?? 0) * (1 - f) + (delta[hi] ?? 0) * f);
}

/**
 * Whether a map leaves times unchanged.
 * @param map a clock map
 */
export function isIdentity(map: ClockMap): boolean {
  return map.linear.rate === 1 && map.linear.offset === 0 && map.at.length === 0;
}

/**
 * Map every timed word through a clock map (seconds, ms-rounded); notes and
 * untimed words are returned unchanged.
 * @param words words with times on the source clock
 * @param map source → episode clock
 */
export function applyClock(words: readonly Word[], map: ClockMap): Word[] {
  if (isIdentity(map)) return [...words];
  return words.map((w) => {
    if (w.start === undefined) return w;
    const out: Word = { text: w.text, start: mapTime(w.start, map) };
    if (w.end !== undefined) out.end = Math.max(out.start ?? 0, mapTime(w.end, map));
    if (w.timing !== undefined) out.timing = w.timing;
    if (w.note) out.note = true;
    return out;
  });
}
