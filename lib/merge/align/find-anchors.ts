import type { RangePair } from "./dp-align";

/**
 * Patience-style anchors: n-grams that occur exactly once in each range, kept
 * when they form the longest increasing chain (no crossings).
 */

interface NgramScan {
  vocab: number;
  from: number;
  to: number;
  n: number;
}

/** A pair of positions (token indices) where an anchor n-gram starts. */
export interface Anchor {
  /** Index in the first sequence. */
  a: number;
  /** Index in the second sequence. */
  b: number;
}

/** Start of each n-gram of `ids[from..to)` that occurs once there (-1 for repeated ones), by key. */
function uniqueStarts(ids: Int32Array, { vocab, from, to, n }: NgramScan): Map<number, number> {
  const seen = new Map<number, number>();
  for (let i = from; i + n <= to; i++) {
    let key = ids[i] ?? 0;
    for (let k = 1; k < n; k++) key = key * vocab + (ids[i + k] ?? 0);
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/**
 * Longest strictly increasing subsequence of `values`, as indices into it.
 * O(k log k).
 * @param values any numbers
 */
export function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  }
  const chain: number[] = [];
  let k = tails.length > 0 ? (tails[tails.length - 1] ?? -1) : -1;
  while (k >= 0) {
    chain.push(k);
    k = prev[k] ?? -1;
  }
  return chain.reverse();
}

/** What {@link findAnchors} searches. */
export interface AnchorSearch {
  /** First sequence as interned token ids (0..vocab-1). */
  a: Int32Array;
  /** Second sequence as interned token ids. */
  b: Int32Array;
  /** Number of distinct ids. */
  vocab: number;
  range: RangePair;
  /** N-gram length in tokens (≥ 1). */
  n: number;
}

/**
 * Anchors between `a[a0..a1)` and `b[b0..b1)`: n-grams unique in both ranges,
 * filtered to the longest chain increasing in both sequences. Sorted by `a`.
 * @param input the two sequences as interned token ids (0..vocab-1), the number of distinct
 *   ids (n is reduced so keys stay exact integers), the ranges and the n-gram length (≥ 1)
 */
export function findAnchors({ a, b, vocab, range, n }: AnchorSearch): Anchor[] {
  const { a0, a1, b0, b1 } = range;
  const size = Math.max(1, Math.min(n, Math.floor(Math.log(2 ** 52) / Math.log(Math.max(2, vocab)))));
  const inA = uniqueStarts(a, { vocab, from: a0, to: a1, n: size });
  const inB = uniqueStarts(b, { vocab, from: b0, to: b1, n: size });
  const pairs: Anchor[] = [];
  for (const [key, ia] of inA) {
    if (ia < 0) continue;
    const jb = inB.get(key);
    if (jb !== undefined && jb >= 0) pairs.push({ a: ia, b: jb });
  }
  pairs.sort((x, y) => x.a - y.a);
  const chain = longestIncreasing(pairs.map((p) => p.b));
  return chain.map((k) => pairs[k]).filter((p): p is Anchor => p !== undefined);
}
