import type { PreparedQuery } from "./prepare-query";
import type { SearchCorpus } from "./search-corpus";

/** Every document that matches at least one query word, with what the prefilter knows of it. */
export interface Candidates {
  /** Document ids, in the order first touched. */
  docs: Int32Array;
  /** Weighted share of the query words matched (0…1), typos and prefixes counting less. */
  coverage: Float64Array;
  /** How many query words matched. */
  matched: Uint8Array;
  /** 1 when the document contains the normalised query as a phrase. */
  phrase: Uint8Array;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The prefilter: walks the postings of each query word's vocabulary matches (best first, so a
 * document counts its best match once per word) and accumulates weighted coverage. Cost is the
 * length of the postings read, not the size of the corpus. The phrase check (a substring test
 * on the normalised text) runs only for documents that matched every word.
 */
export function collectCandidates(corpus: SearchCorpus, query: PreparedQuery): Candidates {
  const { postings } = corpus.index;
  const scratch = corpus.scratch;
  const { acc, mask, seen } = scratch;
  const touched: number[] = [];
  let totalWeight = 0;
  query.expansions.forEach((matches, i) => {
    const weight = query.weights[i] as number;
    totalWeight += weight;
    const stamp = ++scratch.epoch;
    const bit = 1 << i;
    const lists = matches.map(({ term, quality }) => ({ list: postings[term] as Int32Array, quality }));
    for (const { docs, quality } of query.splits[i] ?? []) lists.push({ list: docs, quality });
    // Best first, so a document counts its best match of the word.
    lists.sort((a, b) => b.quality - a.quality);
    for (const { list, quality } of lists) {
      const gain = weight * quality;
      for (let k = 0; k < list.length; k++) {
        const doc = list[k] as number;
        if (seen[doc] === stamp) continue;
        seen[doc] = stamp;
        if (mask[doc] === 0) touched.push(doc);
        mask[doc] = (mask[doc] as number) | bit;
        acc[doc] = (acc[doc] as number) + gain;
      }
    }
  });
  // The epoch only has to differ from the last stamps: wrap long before Int32 overflow.
  if (scratch.epoch > 1e9) {
    seen.fill(0);
    scratch.epoch = 0;
  }

  const count = touched.length;
  const all = query.tokens.length;
  const result: Candidates = {
    docs: Int32Array.from(touched),
    coverage: new Float64Array(count),
    matched: new Uint8Array(count),
    phrase: new Uint8Array(count),
  };
  for (let c = 0; c < count; c++) {
    const doc = touched[c] as number;
    const matched = popcount(mask[doc] as number);
    result.matched[c] = matched;
    result.coverage[c] = totalWeight > 0 ? (acc[doc] as number) / totalWeight : 0;
    if (matched === all && (corpus.padded[doc] as string).includes(query.needle)) result.phrase[c] = 1;
    acc[doc] = 0;
    mask[doc] = 0;
  }
  return result;
}
