/**
 * Drop spurious alignment matches: short runs of matched tokens that sit on a
 * different diagonal from everything around them (e.g. "Smart Talks with IBM"
 * matched inside an audio promo instead of the real occurrence).
 */

/** Diagonal change (tokens) that separates two runs. */
const JUMP = 20;
/** Change within a run tolerated between consecutive matches, tokens. */
const STEP = 8;
/** Runs shorter than this (matched tokens) are candidates for removal. */
const MIN_RUN = 8;

/**
 * Remove isolated short runs from an a→b token map in place.
 * A run is a maximal sequence of matches whose diagonal (`b - a`) moves by at
 * most 8 tokens between neighbours; a run of < 8 matches is removed when the
 * diagonal jumps by more than 20 tokens on both sides (or on one side at a
 * sequence end).
 * @param map a→b index map (-1 = unmatched), modified in place
 * @returns number of matches removed
 */
export function pruneMatches(map: Int32Array): number {
  const idx: number[] = [];
  for (let i = 0; i < map.length; i++) if ((map[i] ?? -1) >= 0) idx.push(i);
  if (idx.length === 0) return 0;
  const runs: Array<[number, number]> = [];
  let from = 0;
  for (let k = 1; k <= idx.length; k++) {
    const prev = idx[k - 1] ?? 0;
    const cur = idx[k];
    const breaks = cur === undefined || Math.abs((map[cur] ?? 0) - cur - ((map[prev] ?? 0) - prev)) > STEP;
    if (breaks) {
      runs.push([from, k]);
      from = k;
    }
  }
  const diag = (k: number): number => {
    const i = idx[k] ?? 0;
    return (map[i] ?? 0) - i;
  };
  let removed = 0;
  runs.forEach(([s, e], r) => {
    if (e - s >= MIN_RUN || runs.length === 1) return;
    const leftJump = r === 0 ? Infinity : Math.abs(diag(s) - diag(s - 1));
    const rightJump = r === runs.length - 1 ? Infinity : Math.abs(diag(e) - diag(e - 1));
    const isolated = leftJump > JUMP && rightJump > JUMP;
    if (!isolated) return;
    for (let k = s; k < e; k++) {
      const i = idx[k];
      if (i !== undefined) {
        map[i] = -1;
        removed++;
      }
    }
  });
  return removed;
}
