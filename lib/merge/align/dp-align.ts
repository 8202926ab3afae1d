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

/** Half-open token ranges `a[a0..a1)` and `b[b0..b1)` being aligned. */
export interface RangePair {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** What {@link dpAlign} aligns and where it writes. */
export interface DpAlignInput extends DpAlignOptions {
  /** Tokens of the first sequence. */
  a: readonly string[];
  /** Tokens of the second sequence. */
  b: readonly string[];
  range: RangePair;
  /** The a→b map being filled (-1 = unmatched). */
  out: Int32Array;
}

/**
 * Needleman–Wunsch alignment of `a[a0..a1)` with `b[b0..b1)`, optionally inside a
 * diagonal band. Writes `out[i] = j` for every pair aligned as the same word
 * (exact or similar), leaves other entries untouched. Cost O(rows · bandwidth).
 * @param input the token lists, the ranges, the map being filled, free ends and band
 */
export function dpAlign(input: DpAlignInput): void {
  const { a, b, range, out } = input;
  const { a0, a1, b0, b1 } = range;
  if (Number.isFinite(input.band) && b1 - b0 > a1 - a0) {
    // Keep the band's slope ≤ 1 so consecutive rows always overlap: align b against a.
    const back = new Int32Array(b.length).fill(-1);
    dpAlignRows({ ...input, a: b, b: a, range: { a0: b0, a1: b1, b0: a0, b1: a1 }, out: back });
    for (let j = b0; j < b1; j++) {
      const i = back[j] ?? -1;
      if (i >= 0) out[i] = j;
    }
    return;
  }
  dpAlignRows(input);
}

/** The diagonal band: for each row, the first and last column scored, and the row width. */
interface Band {
  lo: Int32Array;
  hi: Int32Array;
  width: number;
}

/** The scored band: best score and the move that reached each cell (0 diagonal, 1 up, 2 left). */
interface Grid extends Band {
  score: Float64Array;
  move: Uint8Array;
}

function bandOf(la: number, lb: number, band: number): Band {
  const half = Math.min(lb + 1, Math.max(Math.ceil(band), 1));
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
  return { lo, hi, width };
}

/** Score of cell (i, j), -Infinity outside the band. */
function at(grid: Grid, i: number, j: number): number {
  const l = grid.lo[i] ?? 0;
  if (j < l || j > (grid.hi[i] ?? -1)) return -Infinity;
  return grid.score[i * grid.width + (j - l)] ?? -Infinity;
}

function fillGrid(input: DpAlignInput, band: Band): Grid {
  const { a, b, range, freeStart } = input;
  const la = range.a1 - range.a0;
  const grid: Grid = {
    ...band,
    score: new Float64Array((la + 1) * band.width).fill(-Infinity),
    move: new Uint8Array((la + 1) * band.width),
  };
  for (let i = 0; i <= la; i++) {
    const l = band.lo[i] ?? 0;
    const h = band.hi[i] ?? 0;
    for (let j = l; j <= h; j++) {
      const k = i * band.width + (j - l);
      if (i === 0 && j === 0) {
        grid.score[k] = 0;
        continue;
      }
      let best = -Infinity;
      let dir = 0;
      if (i > 0 && j > 0) {
        const d = at(grid, i - 1, j - 1);
        if (d > -Infinity) {
          best = d + pairScore(a[range.a0 + i - 1] ?? "", b[range.b0 + j - 1] ?? "");
          dir = 0;
        }
      }
      if (i > 0) {
        const u = at(grid, i - 1, j) + (freeStart && j === 0 ? 0 : GAP);
        if (u > best) {
          best = u;
          dir = 1;
        }
      }
      if (j > 0) {
        const v = at(grid, i, j - 1) + (freeStart && i === 0 ? 0 : GAP);
        if (v > best) {
          best = v;
          dir = 2;
        }
      }
      grid.score[k] = best;
      grid.move[k] = dir;
    }
  }
  return grid;
}

/** Where the trace back starts: the corner, or with a free end the best cell of the last row or column. */
function endCell(grid: Grid, [la, lb]: [number, number], freeEnd: boolean): [number, number] {
  let i = la;
  let j = lb;
  if (!freeEnd) return [i, j];
  // End anywhere on the last row or column: the rest is a free tail.
  let best = at(grid, la, lb);
  for (let jj = grid.lo[la] ?? 0; jj <= lb; jj++) {
    const s = at(grid, la, jj);
    if (s > best) [best, i, j] = [s, la, jj];
  }
  for (let ii = 0; ii <= la; ii++) {
    const s = at(grid, ii, lb);
    if (s > best) [best, i, j] = [s, ii, lb];
  }
  return [i, j];
}

function dpAlignRows(input: DpAlignInput): void {
  const { a, b, range, out } = input;
  const la = range.a1 - range.a0;
  const lb = range.b1 - range.b0;
  if (la <= 0 || lb <= 0) return;
  const grid = fillGrid(input, bandOf(la, lb, input.band));
  let [i, j] = endCell(grid, [la, lb], input.freeEnd);
  while (i > 0 && j > 0) {
    const l = grid.lo[i] ?? 0;
    if (j < l || j > (grid.hi[i] ?? -1)) break;
    const dir = grid.move[i * grid.width + (j - l)];
    if (dir === 0) {
      const x = a[range.a0 + i - 1] ?? "";
      const y = b[range.b0 + j - 1] ?? "";
      if (pairScore(x, y) > 0) out[range.a0 + i - 1] = range.b0 + j - 1;
      i--;
      j--;
    } else if (dir === 1) i--;
    else j--;
  }
}
