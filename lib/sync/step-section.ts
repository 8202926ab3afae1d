/**
 * The section start to jump to from `t` (s) for Shift+← / Shift+→, or undefined when there is none.
 *
 * Next: the first start after `t` (+ a small tolerance, so a jump that just landed on a start
 * moves on). Previous: like a media player's "previous track" — the start of the current section
 * when more than `restartWindow` seconds have played in it, else the start before that.
 *
 * @param starts section starts in seconds, in any order (duplicates are fine).
 * @param restartWindow seconds (default 3).
 */
export function stepSection(
  starts: readonly number[],
  t: number,
  direction: -1 | 1,
  restartWindow = 3,
): number | undefined {
  const sorted = [...new Set(starts.filter(Number.isFinite))].sort((a, b) => a - b);
  const tolerance = 0.25;
  if (direction === 1) return sorted.find((start) => start > t + tolerance);
  const before = sorted.filter((start) => start <= t + tolerance);
  const current = before.at(-1);
  if (current === undefined) return undefined;
  if (t - current > restartWindow) return current;
  return before.at(-2) ?? (current < t - tolerance ? current : undefined);
}
