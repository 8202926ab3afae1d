/** A stretch of the episode map: a CSS colour from `start` to `end` (s on the episode clock). */
export interface MapStretch {
  color: string;
  start: number;
  end: number;
}

// Hundredths of a percent: a pixel of a 10,000 px wide map, a second of a three-hour episode.
const percent = (t: number, duration: number) =>
  Math.round(Math.min(100, Math.max(0, (t / duration) * 100)) * 100) / 100;
const stop = (p: number) => `${p}%`;
/** A pause shorter than this (a pixel of a 1,000 px wide map) is not drawn: its stops would double the gradient. */
const MIN_GAP = 0.1;

/**
 * The episode map's speech as one CSS gradient with hard stops, one per stretch in time order, and
 * transparent between them (pauses under a pixel are not drawn). One style value rather than an element per speaker turn: a three-hour
 * episode has hundreds of turns, and every element is sent twice (HTML and the React payload).
 * Undefined when nothing can be drawn (no duration or no stretch of positive length).
 */
export function buildMapGradient(
  stretches: readonly MapStretch[],
  duration: number | undefined,
): string | undefined {
  if (!duration || duration <= 0) return undefined;
  const stops: string[] = [];
  let at = 0;
  for (const s of [...stretches].sort((a, b) => a.start - b.start)) {
    let from = Math.max(at, percent(s.start, duration));
    const to = percent(s.end, duration);
    if (!(to > from)) continue;
    if (from - at >= MIN_GAP) stops.push(`transparent ${stop(at)} ${stop(from)}`);
    else if (from > at) from = at;
    stops.push(`${s.color} ${stop(from)} ${stop(to)}`);
    at = to;
  }
  if (stops.length === 0) return undefined;
  if (100 - at >= MIN_GAP) stops.push(`transparent ${stop(at)} 100%`);
  return `linear-gradient(to right, ${stops.join(", ")})`;
}
