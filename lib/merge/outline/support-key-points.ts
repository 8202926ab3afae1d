import type { KeyPoint } from "../../model/episode-schema";
import { buildIdfIndex, cosine, toUnit, type IdfIndex, type TermVector } from "./idf-index";
import { rankPassages } from "./rank-passages";

/** A sentence that can support a key point. */
export interface SupportCandidate {
  id: string;
  text: string;
  /** Seconds on the episode clock; places the sentence in a topic. */
  start?: number;
}

/** A stretch of the episode about one subject: a section, as its title and description. */
export interface SupportTopic {
  text: string;
  start: number;
  end: number;
}

/** One passage supporting a key point. */
export type Passage = KeyPoint["support"][number];

/** Share of a point's (idf-weighted) content a sentence must contain to support it. */
export const MIN_SHARE = 0.08;

function topicIndex(start: number | undefined, topics: readonly SupportTopic[]): number {
  if (start === undefined) return -1;
  return topics.findIndex((t) => start >= t.start && start < t.end);
}

/** Sentences holding ≥ MIN_SHARE of the point's content, ascending. */
function findHits(query: TermVector, index: IdfIndex): number[] {
  const share = new Map<number, number>();
  for (const [t, w] of query) for (const i of index.containing(t)) share.set(i, (share.get(i) ?? 0) + w * w);
  return [...share]
    .filter(([, s]) => s >= MIN_SHARE)
    .map(([i]) => i)
    .sort((a, b) => a - b);
}

/**
 * Divides each term's weight by the number of points that use it (and renormalises):
 * what one point says and the others do not is what finds its own discussion.
 */
function contrast(vectors: readonly TermVector[]): TermVector[] {
  const uses = new Map<string, number>();
  for (const v of vectors) for (const t of v.keys()) uses.set(t, (uses.get(t) ?? 0) + 1);
  return vectors.map((v) => {
    const out = new Map<string, number>();
    for (const [t, w] of v) out.set(t, w / (uses.get(t) ?? 1));
    return toUnit(out);
  });
}

/** Whether an ascending list holds a value in [first, last] (binary search). */
function hasBetween(sorted: readonly number[], first: number, last: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) < first) lo = mid + 1;
    else hi = mid;
  }
  return (sorted[lo] ?? Infinity) <= last;
}

function coverageOf(query: TermVector, index: IdfIndex) {
  return (members: readonly number[]): number => {
    let covered = 0;
    for (const [t, w] of query) if (members.some((i) => index.terms(i).has(t))) covered += w * w;
    return covered;
  };
}

/**
 * The passages that support each key point, best first (see {@link rankPassages}).
 * A sentence supports a point when it holds ≥ 8 % of the point's content terms,
 * weighted by idf over the given sentences; a topic matches a point by the cosine
 * of their terms, weighted by idf over the topics. Either way a term weighs less
 * the more points use it. Empty when nothing qualifies.
 * @param points key point texts
 * @param sentences candidate sentences (the transcript's, in order)
 * @param topics the episode's sections, if any
 */
export function supportKeyPoints(
  points: readonly string[],
  sentences: readonly SupportCandidate[],
  topics: readonly SupportTopic[] = [],
): Passage[][] {
  const index = buildIdfIndex(sentences.map((s) => s.text));
  const topicTerms = buildIdfIndex(topics.map((t) => t.text));
  const topicVectors = topics.map((t) => topicTerms.vector(t.text));
  const topicOf = sentences.map((s) => topicIndex(s.start, topics));
  const startOf = sentences.map((s) => s.start);
  const queries = contrast(points.map((point) => index.vector(point)));
  const topicQueries = contrast(points.map((point) => topicTerms.vector(point)));
  const hitsOf = queries.map((query) => findHits(query, index));
  return points.map((_, p) => {
    const query = queries[p] ?? new Map<string, number>();
    const topicQuery = topicQueries[p] ?? new Map<string, number>();
    const ranked = rankPassages({
      hits: hitsOf[p] ?? [],
      topicOf,
      startOf,
      matched: (i) => [...query.keys()].filter((t) => index.terms(i).has(t)).length,
      coverage: coverageOf(query, index),
      topicMatch: (topic) => cosine(topicQuery, topicVectors[topic] ?? new Map()),
      shared: (first, last) =>
        points.length < 2
          ? 0
          : hitsOf.filter((hits, other) => other !== p && hasBetween(hits, first, last)).length /
            (points.length - 1),
    });
    return ranked.map((r) => ({
      sentenceId: sentences[r.first]?.id ?? "",
      endSentenceId: sentences[r.last]?.id ?? "",
      score: r.score,
      kind: r.kind,
    }));
  });
}
