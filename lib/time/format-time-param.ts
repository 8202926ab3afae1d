// Kept apart from parse-time-param.ts: writing a `t=` value needs no validator, so pages that
// only make links do not ship zod.

/**
 * Seconds as written in a link: to the millisecond (the most `parseTimeParam` reads), trailing
 * zeros dropped (`516`, `516.5`, `517.722`); negative and non-finite values as 0. Callers round
 * first when they want a shorter link (see link-times-for-cues.ts, which picks the coarsest
 * time that still resolves to the chosen sentences).
 */
function formatSeconds(seconds: number): string {
  const ms = Number.isFinite(seconds) ? Math.round(Math.max(0, seconds) * 1000) : 0;
  // A whole number of ms over 1000 prints with at most three decimals and no exponent.
  return String(ms / 1000);
}

/**
 * The canonical `t=` value for a moment or a range (seconds), exact to the millisecond
 * (`516`, `516.5`, `517.722,524`). Negative times become 0; an end that is not after the start
 * (once written) is left out.
 */
export function formatTimeParam(start: number, end?: number): string {
  const from = formatSeconds(start);
  if (end === undefined || !Number.isFinite(end)) return from;
  const to = formatSeconds(end);
  return Number(to) > Number(from) ? `${from},${to}` : from;
}
