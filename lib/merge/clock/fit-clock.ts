/**
 * Robust fit of a linear clock mapping `to = rate * from + offset` from noisy
 * pairs (e.g. audio time of a chunk's first word → the chunk's video time).
 */

/** One observation, both in seconds. */
export interface ClockPair {
  /** Seconds on the source clock (e.g. audio captions). */
  from: number;
  /** Seconds on the target clock (e.g. the video / episode clock). */
  to: number;
}

/** Result of {@link fitClock}. */
export interface ClockFit {
  /** Seconds added after scaling. */
  offset: number;
  /** Dimensionless scale (1 = same speed). */
  rate: number;
  /** Pairs given. */
  pairs: number;
  /** Pairs within the inlier threshold of the final fit. */
  inliers: number;
  /** Root-mean-square residual of the inliers, seconds. */
  rms: number;
}

/** Rates outside this range are rejected (the rate then stays 1). */
const MIN_RATE = 0.5;
const MAX_RATE = 2;
/** A rate is only fitted when the pairs span at least this many seconds. */
const MIN_SPAN = 60;
/** Smallest inlier threshold, seconds (chunk times are whole seconds). */
const MIN_THRESHOLD = 1.5;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function leastSquares(pairs: readonly ClockPair[], fixedRate: boolean): { rate: number; offset: number } {
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p.from, 0) / n;
  const my = pairs.reduce((s, p) => s + p.to, 0) / n;
  if (fixedRate) return { rate: 1, offset: my - mx };
  let sxx = 0;
  let sxy = 0;
  for (const p of pairs) {
    sxx += (p.from - mx) ** 2;
    sxy += (p.from - mx) * (p.to - my);
  }
  const rate = sxx > 0 ? sxy / sxx : 1;
  if (!(rate >= MIN_RATE && rate <= MAX_RATE)) return { rate: 1, offset: my - mx };
  return { rate, offset: my - rate * mx };
}

/**
 * Theil–Sen–style robust fit (median of local pairwise slopes, median
 * intercept), then two rounds of least squares on the inliers
 * (|residual| ≤ max(1.5 s, 3·1.4826·MAD)). O(n log n).
 * @param input pairs in seconds; order does not matter
 * @returns the fit (offset in seconds, rounded to ms; rate to 1e-6), or undefined without pairs
 */
export function fitClock(input: readonly ClockPair[]): ClockFit | undefined {
  const pairs = input.filter((p) => Number.isFinite(p.from) && Number.isFinite(p.to));
  if (pairs.length === 0) return undefined;
  const sorted = [...pairs].sort((x, y) => x.from - y.from || x.to - y.to);
  const n = sorted.length;
  const span = (sorted[n - 1]?.from ?? 0) - (sorted[0]?.from ?? 0);
  const fixedRate = n < 3 || span < MIN_SPAN;
  let rate = 1;
  if (!fixedRate) {
    // Local baselines (a twentieth of the pairs) so that a step in the data (an ad
    // only one clock has) biases only the few slopes that straddle it.
    const slopes: number[] = [];
    const k = Math.max(2, Math.floor(n / 20));
    for (let i = 0; i + k < n; i++) {
      const p = sorted[i];
      const q = sorted[i + k];
      if (p && q && q.from - p.from > 1e-6) slopes.push((q.to - p.to) / (q.from - p.from));
    }
    const m = median(slopes);
    if (m >= MIN_RATE && m <= MAX_RATE) rate = m;
  }
  let offset = median(sorted.map((p) => p.to - rate * p.from));
  let inliers: ClockPair[] = sorted;
  for (let round = 0; round < 3; round++) {
    const residuals = sorted.map((p) => p.to - (rate * p.from + offset));
    const centre = median(residuals);
    const mad = median(residuals.map((r) => Math.abs(r - centre)));
    const threshold = Math.max(MIN_THRESHOLD, 3 * 1.4826 * mad);
    const next = sorted.filter((_, i) => Math.abs(residuals[i] ?? Infinity) <= threshold);
    if (next.length === 0) break;
    inliers = next;
    ({ rate, offset } = leastSquares(inliers, fixedRate || inliers.length < 3));
  }
  const sq = inliers.reduce((s, p) => s + (p.to - (rate * p.from + offset)) ** 2, 0);
  return {
    offset: Math.round(offset * 1000) / 1000 || 0,
    rate: Math.round(rate * 1e6) / 1e6,
    pairs: n,
    inliers: inliers.length,
    rms: Math.sqrt(sq / inliers.length),
  };
}
