/**
 * Positions of the `k` lowest `scores` (ties: lower `ids` first), best first: a bounded max-heap,
 * O(n log k), so tens of thousands of candidates cost well under a millisecond.
 *
 * @param scores one score per candidate, lower is better.
 * @param ids the tie-break per candidate (document ids: earlier documents first).
 */
export function selectBest(scores: ArrayLike<number>, ids: ArrayLike<number>, k: number): number[] {
  const heap: number[] = [];
  // a is worse than b: higher score, or the same score and a later id.
  const worse = (a: number, b: number) =>
    (scores[a] as number) > (scores[b] as number) ||
    ((scores[a] as number) === (scores[b] as number) && (ids[a] as number) > (ids[b] as number));
  const swap = (i: number, j: number) => {
    const t = heap[i] as number;
    heap[i] = heap[j] as number;
    heap[j] = t;
  };
  const siftDown = (start: number) => {
    for (let i = start; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l] as number, heap[top] as number)) top = l;
      if (r < heap.length && worse(heap[r] as number, heap[top] as number)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  if (k <= 0) return [];
  for (let c = 0; c < scores.length; c++) {
    if (heap.length < k) {
      heap.push(c);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] as number, heap[parent] as number)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (worse(heap[0] as number, c)) {
      heap[0] = c;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
