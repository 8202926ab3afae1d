import Fuse from "fuse.js";
import { collectCandidates } from "./collect-candidates";
import { FUSE_MAX_PATTERN, FUSE_OPTIONS } from "./fuse-options";
import { prepareQuery, type PreparedQuery } from "./prepare-query";
import type { SearchCorpus } from "./search-corpus";
import { selectBest } from "./select-best";

/** A matching document: lower scores rank first. */
export interface RankedHit {
  doc: number;
  /** 0 … 2: under 1 when the document contains the query as a phrase. */
  score: number;
  phrase: boolean;
}

export interface RankResult {
  /** Best first, at most `limit`. */
  hits: RankedHit[];
  /** How many documents match. */
  total: number;
  /** Every matching document id, in no particular order. */
  matched: Int32Array;
}

export interface RankOptions {
  /** Hits to return (default 50). */
  limit?: number;
  /** Candidates scored in full, with word order and Fuse (default 400). */
  depth?: number;
}

// The score: the exact phrase first, then a weighted sum of what is missing (each part 0…1).
const W_COVERAGE = 0.5;
const W_ORDER = 0.3;
const W_FUSE = 0.2;
/**
 * When no document matches enough words, one still counts when Fuse finds a phrase of 8 to 32
 * characters this close: about one letter in ten, such as a missing space. (Longer queries
 * have words enough to match; one Bitap chunk keeps the pass cheap.)
 */
export const FUSE_ONLY_MAX = 0.1;
const FUSE_ONLY_MIN_CHARS = 8;

const EMPTY: RankResult = { hits: [], total: 0, matched: new Int32Array(0) };

/** Query word bits per vocabulary word: which query words each word of the text matches. */
function wordBits(corpus: SearchCorpus, query: PreparedQuery): Map<string, number> {
  const bits = new Map<string, number>();
  query.expansions.forEach((matches, i) => {
    for (const { term } of matches) {
      const word = corpus.index.terms[term] as string;
      bits.set(word, (bits.get(word) ?? 0) | (1 << i));
    }
    for (const { words } of query.splits[i] ?? [])
      for (const word of words) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  return bits;
}

/** Longest run of consecutive query words matched by consecutive words of the text, as a share (0…1). */
function orderedRun(padded: string, bits: Map<string, number>, n: number, run: Int32Array): number {
  run.fill(0);
  let best = 0;
  for (const word of padded.trim().split(" ")) {
    const mask = bits.get(word) ?? 0;
    // Right to left, so run[i - 1] still holds the previous word's value.
    for (let i = n - 1; i >= 0; i--) {
      const length = mask & (1 << i) ? (i > 0 ? (run[i - 1] as number) : 0) + 1 : 0;
      run[i] = length;
      if (length > best) best = length;
    }
  }
  return n > 0 ? best / n : 0;
}

/**
 * Ranks the documents of `corpus` for a quote as the reader remembers it.
 *
 * 1. Prefilter (collectCandidates): every query word is matched against the vocabulary (same
 *    word, other forms, prefix, parts, typos) and the postings of its matches give the candidates and their
 *    weighted coverage; a candidate must match all words of a short query (one may be missing
 *    in every four of a long one). When none does, a corpus with a Fuse search over every
 *    document (an episode) falls back to close Fuse phrase matches.
 * 2. The best `depth` candidates by phrase and coverage are scored in full: the longest run of
 *    query words in order, and the Fuse (Bitap) score of the whole normalised query.
 *
 * Score = (phrase ? 0 : 1) + 0.5 × (1 − coverage) + 0.3 × (1 − run) + 0.2 × fuse; ties keep
 * document order. An empty query (or one of punctuation only) matches nothing. Never throws.
 */
export function rankDocuments(corpus: SearchCorpus, query: string, options: RankOptions = {}): RankResult {
  const { limit = 50, depth = 400 } = options;
  const prepared = prepareQuery(corpus, query);
  if (prepared.tokens.length === 0) return EMPTY;
  const candidates = collectCandidates(corpus, prepared);
  const pattern = prepared.phrase.slice(0, FUSE_MAX_PATTERN);

  const docs: number[] = [];
  const first: number[] = [];
  const phrases: boolean[] = [];
  candidates.docs.forEach((doc, c) => {
    if ((candidates.matched[c] as number) < prepared.required) return;
    const phrase = candidates.phrase[c] === 1;
    docs.push(doc);
    phrases.push(phrase);
    first.push((phrase ? 0 : 1) + W_COVERAGE * (1 - (candidates.coverage[c] as number)));
  });
  // Recall (episodes), when the words find nothing: Fuse over every document finds a phrase
  // that is near-exact but split or joined differently (`huggingface` for `hugging face`).
  if (docs.length === 0 && corpus.fuse && pattern.length >= FUSE_ONLY_MIN_CHARS && pattern.length <= 32) {
    const coverage = new Map<number, number>();
    candidates.docs.forEach((doc, c) => coverage.set(doc, candidates.coverage[c] as number));
    for (const { doc, score } of corpus.fuse(pattern)) {
      if (score > FUSE_ONLY_MAX) continue;
      docs.push(doc);
      phrases.push(false);
      first.push(1 + W_COVERAGE * (1 - (coverage.get(doc) ?? 0)));
    }
  }
  if (docs.length === 0) return EMPTY;

  // The shortlist is scored in full: Fuse (Bitap) over the whole query, and word order.
  const top = selectBest(first, docs, Math.max(depth, limit));
  const fuseScores = new Map<number, number>();
  if (pattern.length >= 2) {
    const shortlist = top.map((c) => (corpus.padded[docs[c] as number] as string).trim());
    for (const result of new Fuse(shortlist, FUSE_OPTIONS).search(pattern))
      // Fuse scores an identical text 0 and a contained one 0.001: equal here, so a one-line
      // document does not outrank a sentence quoting the same words.
      fuseScores.set(docs[top[result.refIndex] as number] as number, Math.max(0.001, result.score ?? 1));
  }
  const bits = wordBits(corpus, prepared);
  const run = new Int32Array(prepared.tokens.length);
  const hits: RankedHit[] = top.map((c) => {
    const doc = docs[c] as number;
    const order = orderedRun(corpus.padded[doc] as string, bits, prepared.tokens.length, run);
    const fuse = W_FUSE * (fuseScores.get(doc) ?? 1);
    return { doc, score: (first[c] as number) + fuse + W_ORDER * (1 - order), phrase: phrases[c] as boolean };
  });
  hits.sort((a, b) => a.score - b.score || a.doc - b.doc);
  return { hits: hits.slice(0, limit), total: docs.length, matched: Int32Array.from(docs) };
}
