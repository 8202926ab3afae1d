/**
 * Round seconds to whole milliseconds (3 decimals) so that output is stable
 * across platforms. Normalises -0 to 0.
 * @param seconds any finite number of seconds
 * @returns seconds rounded to 0.001 s
 */
export function roundTime(seconds: number): number {
  const r = Math.round(seconds * 1000) / 1000;
  return r === 0 ? 0 : r;
}
