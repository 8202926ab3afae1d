import { dpAlign } from "./dp-align";
import { findAnchors, type Anchor } from "./find-anchors";

/** Ranges up to this many cells (tokens × tokens) are aligned by a full DP. */
const FULL_DP_CELLS = 40_000;
/** Half-width (tokens) of the band used when a big range has no anchors. */
const BAND = 96;
/** Cap on the cells of a banded DP (bounds memory on pathological input). */
const MAX_BAND_CELLS = 2_000_000;
/** N-gram lengths tried for anchors, strongest first. */
const ANCHOR_SIZES = [3, 1] as const;
/** Recursion limit before falling back to a banded DP. */
const MAX_DEPTH = 12;

interface Job {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  startAnchored: boolean;
  endAnchored: boolean;
  depth: number;
}

/**
 * Sequence alignment of two token lists (normalised with `normalizeToken`),
 * near-linear on long texts: unique n-gram anchors chained by LIS, exact runs
 * extended from them, and a DP only inside the gaps (full when small, banded
 * otherwise). Misspellings are accepted as matches via `tokenSimilarity`.
 * @param a the first (e.g. clean) tokens
 * @param b the second (e.g. caption) tokens
 * @returns `map[i]` = index in `b` aligned with `a[i]`, or -1; strictly increasing where ≥ 0
 */
export function alignTokens(a: readonly string[], b: readonly string[]): Int32Array {
  const out = new Int32Array(a.length).fill(-1);
  const intern = new Map<string, number>();
  const idsOf = (tokens: readonly string[]): Int32Array => {
    const ids = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      let id = intern.get(t);
      if (id === undefined) intern.set(t, (id = intern.size));
      ids[i] = id;
    });
    return ids;
  };
  const seq: Sequences = { a, b, ai: idsOf(a), bi: idsOf(b), vocab: 0 };
  seq.vocab = intern.size;
  const stack: Job[] = [
    { a0: 0, a1: a.length, b0: 0, b1: b.length, startAnchored: false, endAnchored: false, depth: 0 },
  ];
  while (stack.length > 0) {
    const job = stack.pop();
    if (job) alignJob(seq, job, { out, stack });
  }
  return out;
}

interface Sequences {
  a: readonly string[];
  b: readonly string[];
  /** Interned token ids of `a` and `b`. */
  ai: Int32Array;
  bi: Int32Array;
  vocab: number;
}

/** Where results go: the a→b map being filled, and the jobs still to do. */
interface Work {
  out: Int32Array;
  stack: Job[];
}

function alignJob(seq: Sequences, job: Job, { out, stack }: Work): void {
  const { a, b, ai, bi } = seq;
  let { a0, a1, b0, b1 } = job;
  if (job.startAnchored) {
    while (a0 < a1 && b0 < b1 && ai[a0] === bi[b0]) out[a0++] = b0++;
  }
  if (job.endAnchored) {
    while (a0 < a1 && b0 < b1 && ai[a1 - 1] === bi[b1 - 1]) out[--a1] = --b1;
  }
  const la = a1 - a0;
  const lb = b1 - b0;
  if (la <= 0 || lb <= 0) return;
  const range = { a0, a1, b0, b1 };
  const free = { freeStart: !job.startAnchored, freeEnd: !job.endAnchored };
  if (la * lb <= FULL_DP_CELLS) {
    dpAlign({ a, b, range, out, ...free, band: Infinity });
    return;
  }
  if (job.depth < MAX_DEPTH) {
    for (const n of ANCHOR_SIZES) {
      const anchors = findAnchors({ a: ai, b: bi, vocab: seq.vocab, range, n });
      if (anchors.length === 0) continue;
      const jobs = splitAtAnchors(seq, { ...job, ...range }, { anchors, n, out });
      for (let k = jobs.length - 1; k >= 0; k--) {
        const next = jobs[k];
        if (next) stack.push(next);
      }
      return;
    }
  }
  const rows = Math.max(la, lb) + 1;
  const band = Math.max(4, Math.min(BAND, Math.floor(MAX_BAND_CELLS / rows / 2)));
  dpAlign({ a, b, range, out, ...free, band });
}

/**
 * Matches each anchor n-gram (and the exact run after it) and returns the jobs
 * for the gaps between anchors, in order.
 */
function splitAtAnchors(
  { ai, bi }: Sequences,
  job: Job,
  { anchors, n, out }: { anchors: readonly Anchor[]; n: number; out: Int32Array },
): Job[] {
  const { a1, b1 } = job;
  const jobs: Job[] = [];
  let pa = job.a0;
  let pb = job.b0;
  let anchoredSoFar = job.startAnchored;
  for (const anchor of anchors) {
    if (anchor.a < pa || anchor.b < pb) continue;
    jobs.push({
      a0: pa,
      a1: anchor.a,
      b0: pb,
      b1: anchor.b,
      startAnchored: anchoredSoFar,
      endAnchored: true,
      depth: job.depth + 1,
    });
    let i = anchor.a;
    let j = anchor.b;
    const stop = anchor.a + n;
    while (i < a1 && j < b1 && (i < stop || ai[i] === bi[j])) out[i++] = j++;
    pa = i;
    pb = j;
    anchoredSoFar = true;
  }
  jobs.push({
    a0: pa,
    a1,
    b0: pb,
    b1,
    startAnchored: true,
    endAnchored: job.endAnchored,
    depth: job.depth + 1,
  });
  return jobs;
}
