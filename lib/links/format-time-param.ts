// Kept apart from parse-time-param.ts: writing a `t=` value needs no validator, so pages that
// only make links do not ship zod.

/** Seconds rounded to a tenth, negative and non-finite values as 0: `516`, `516.5`. */
function formatSeconds(seconds: number): string {
  const tenths = Number.isFinite(seconds) ? Math.round(Math.max(0, seconds) * 10) : 0;
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

/**
 * The canonical `t=` value for a moment or a range (seconds): whole seconds without decimals,
 * other times with one decimal (`516`, `516.5`, `516,530`). Negative times become 0; an end that
 * is not after the start (once rounded) is left out.
 */
export function formatTimeParam(start: number, end?: number): string {
  const from = formatSeconds(start);
  if (end === undefined || !Number.isFinite(end)) return from;
  const to = formatSeconds(end);
  return Number(to) > Number(from) ? `${from},${to}` : from;
}
