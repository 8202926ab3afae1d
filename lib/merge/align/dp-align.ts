import { SIMILAR_ENOUGH, tokenSimilarity } from "./token-similarity";

/** Score of a gap (one unmatched token on either side). */
const GAP = -1;
/** Score of a substitution that is not similar enough to count as the same word. */
const MISMATCH = -1;
/** Similarity needed when the first letters differ ("nkat" ≈ "venkat" is not enough). */
const SIMILAR_OTHER_START = 0.75;
/** Numbers only ever match exactly. */
const DIGIT = /\d/;
/** Score of an exact match. */
const EXACT = 2;

/** Options of {@link dpAlign}. */
export interface DpAlignOptions {
  /** Leading unmatched tokens on either side cost nothing (the range start is not anchored). */
  freeStart: boolean;
  /** Trailing unmatched tokens on either side cost nothing (the range end is not anchored). */
  freeEnd: boolean;
  /** Half-width of the diagonal band in tokens; `Infinity` = full DP. */
  band: number;
}

function pairScore(x: string, y: string): number {
  if (x === y) return EXACT;
  const lx = x.length;
  const ly = y.length;
  if (Math.abs(lx - ly) > 0.45 * Math.max(lx, ly)) return MISMATCH;
  if (DIGIT.test(x) || DIGIT.test(y)) return MISMATCH;
  const sim = tokenSimilarity(x, y);
  const needed = x.charCodeAt(0) === y.charCodeAt(0) ? SIMILAR_ENOUGH : SIMILAR_OTHER_START;
  return sim >= needed ? 2 * sim - 0.2 : MISMATCH;
}

/**
 * Needleman–Wunsch alignment of `a[a0..a1)` with `b[b0..b1)`, optionally inside a
 * diagonal band. Writes `out[i] = j` for every pair aligned as the same word
 * (exact or similar), leaves other entries untouched. Cost O(rows · bandwidth).
 * @param a tokens of the first sequence
 * @param b tokens of the second sequence
 * @param a0 first index of the range in `a` (inclusive)
 * @param a1 end of the range in `a` (exclusive)
 * @param b0 first index of the range in `b`
 * @param b1 end of the range in `b` (exclusive)
 * @param out the a→b map being filled (-1 = unmatched)
 * @param options free ends and band
 */
export function dpAlign(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  out: Int32Array,
  options: DpAlignOptions,
): void {
  if (Number.isFinite(options.band) && b1 - b0 > a1 - a0) {
    // Keep the band's slope ≤ 1 so consecutive rows always overlap: align b against a.
    const back = new Int32Array(b.length).fill(-1);
    dpAlignRows(b, a, b0, b1, a0, a1, back, options);
    for (let j = b0; j < b1; j++) {
      const i = back[j] ?? -1;
      if (i >= 0) out[i] = j;
    }
    return;
  }
  dpAlignRows(a, b, a0, a1, b0, b1, out, options);
}

function dpAlignRows(
  a: readonly string[],
  b: readonly string[],
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  out: Int32Array,
  options: DpAlignOptions,
): void {
  const la = a1 - a0;
  const lb = b1 - b0;
  if (la <= 0 || lb <= 0) return;
  const half = Math.min(lb + 1, Math.max(Math.ceil(options.band), 1));
  const width = Math.min(lb + 1, 2 * half + 1);
  const lo = new Int32Array(la + 1);
  const hi = new Int32Array(la + 1);
  for (let i = 0; i <= la; i++) {
    const centre = Math.round((i * lb) / la);
    let l = Math.max(0, centre - half);
    let h = Math.min(lb, centre + half);
    if (h - l + 1 > width) h = l + width - 1;
    if (i === la) h = lb;
    if (i === 0) l = 0;
    lo[i] = l;
    hi[i] = Math.max(l, h);
  }
  const score = new Float64Array((la + 1) * width).fill(-Infinity);
  const move = new Uint8Array((la + 1) * width);
  const at = (i: number, j: number): number => {
    const l = lo[i] ?? 0;
    if (j < l || j > (hi[i] ?? -1)) return -Infinity;
    return score[i * width + (j - l)] ?? -Infinity;
  };
  for (let i = 0; i <= la; i++) {
    const l = lo[i] ?? 0;
    const h = hi[i] ?? 0;
    for (let j = l; j <= h; j++) {
      const k = i * width + (j - l);
      if (i === 0 && j === 0) {
        score[k] = 0;
        continue;
      }
      let best = -Infinity;
      let dir = 0;
      if (i > 0 && j > 0) {
        const d = at(i - 1, j - 1);
        if (d > -Infinity) {
          best = d + pairScore(a[a0 + i - 1] ?? "", b[b0 + j - 1] ?? "");
          dir = 0;
        }
      }
      if (i > 0) {
        const u = at(i - 1, j) + (options.freeStart && j === 0 ? 0 : GAP);
        if (u > best) {
          best = u;
          dir = 1;
        }
      }
      if (j > 0) {
        const v = at(i, j - 1) + (options.freeStart && i === 0 ? 0 : GAP);
        if (v > best) {
          best = v;
          dir = 2;
        }
      }
      score[k] = best;
      move[k] = dir;
    }
  }
  let i = la;
  let j = lb;
  if (options.freeEnd) {
    // End anywhere on the last row or column: the rest is a free tail.
    let best = at(la, lb);
    for (let jj = lo[la] ?? 0; jj <= lb; jj++) {
      const s = at(la, jj);
      if (s > best) [best, i, j] = [s, la, jj];
    }
    for (let ii = 0; ii <= la; ii++) {
      const s = at(ii, lb);
      if (s > best) [best, i, j] = [s, ii, lb];
    }
  }
  while (i > 0 && j > 0) {
    const l = lo[i] ?? 0;
    if (j < l || j > (hi[i] ?? -1)) break;
    const dir = move[i * width + (j - l)];
    if (dir === 0) {
      const x = a[a0 + i - 1] ?? "";
      const y = b[b0 + j - 1] ?? "";
      if (pairScore(x, y) > 0) out[a0 + i - 1] = b0 + j - 1;
      i--;
      j--;
    } else if (dir === 1) i--;
    else j--;
  }
}
