/** How a transcript passage bears on a key point: at length, or in passing. */
export type PassageKind = "discussed" | "mentioned";

/** A run of consecutive sentences (indices into the transcript's sentence list). */
export interface RankedPassage {
  first: number;
  last: number;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  kind: PassageKind;
}

/** What ranking needs to know about one key point and the transcript. */
export interface PassageEvidence {
  /** Indices of the sentences that support the point, ascending. */
  hits: readonly number[];
  /** Topic (section) index of every sentence; -1 outside any topic. */
  topicOf: readonly number[];
  /** Start (s) of every sentence, when timed. */
  startOf: readonly (number | undefined)[];
  /** How many of the point's terms a sentence shares with it. */
  matched(i: number): number;
  /** Share (0..1) of the point's content that the given sentences cover together. */
  coverage(members: readonly number[]): number;
  /** Similarity (0..1) of the point to a topic's title and description. */
  topicMatch(topic: number): number;
  /** Share (0..1) of the other key points with a supporting sentence between `first` and `last`. */
  shared(first: number, last: number): number;
}

/** Passages kept per key point. */
export const MAX_PASSAGES = 3;
/** Supporting sentences this close (in sentences) and in one topic form one passage. */
export const MAX_GAP = 4;
/** Supporting sentences further apart in time (s) are separate passages. */
export const MAX_GAP_SECONDS = 60;
/** Terms a lone sentence must share with the point to be a mention (one shared word is chance). */
const MIN_MENTION_TERMS = 2;
/** Supporting sentences at which a passage counts as fully sustained. */
const FULL_SUSTAIN = 4;
/** Score lost by a passage that supports every other key point too (an overview: a preview or a recap). */
const OVERVIEW_PENALTY = 0.5;
/** Score weights: content covered, how sustained the passage is, how well its topic matches. */
const W_COVER = 0.3;
const W_SUSTAIN = 0.2;
const W_TOPIC = 0.5;

function apart(ev: PassageEvidence, prev: number, i: number): boolean {
  const [a, b] = [ev.startOf[prev], ev.startOf[i]];
  const late = a !== undefined && b !== undefined && b - a > MAX_GAP_SECONDS;
  return i - prev > MAX_GAP || late || ev.topicOf[i] !== ev.topicOf[prev];
}

/** Groups ascending hits into runs: a gap (in sentences or time) or a change of topic starts a new run. */
function groupHits(ev: PassageEvidence): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (const i of ev.hits) {
    const prev = run[run.length - 1];
    if (prev !== undefined && apart(ev, prev, i)) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function scoreRun(run: readonly number[], ev: PassageEvidence): RankedPassage {
  const first = run[0] ?? 0;
  const last = run[run.length - 1] ?? first;
  const topic = ev.topicOf[first] ?? -1;
  const sustain = Math.min(1, (run.length - 1) / (FULL_SUSTAIN - 1));
  const raw =
    W_COVER * ev.coverage(run) + W_SUSTAIN * sustain + W_TOPIC * (topic >= 0 ? ev.topicMatch(topic) : 0);
  const specific = 1 - OVERVIEW_PENALTY * ev.shared(first, last);
  const score = Math.min(1, Math.max(0, Math.round(raw * specific * 1000) / 1000));
  return { first, last, score, kind: run.length > 1 ? "discussed" : "mentioned" };
}

/**
 * Ranks where a key point is talked about. Supporting sentences close together in
 * one topic form a passage; a passage scores by how well its section's title and
 * description match the point (the summary's own word on what is discussed where),
 * by the share of the point it covers and by how many supporting sentences it holds
 * (a discussion is sustained, a preview is one sentence). A passage that supports
 * the other key points as well is an overview (an introduction or a recap) and loses
 * up to half its score. The best ≤ 3 passages, best first (ties: earlier first),
 * never within MAX_GAP sentences of a better one. A passage of several supporting
 * sentences is "discussed", a single one "mentioned" (if it shares ≥ 2 of the
 * point's terms).
 * @param ev the point's supporting sentences and how to judge them
 */
export function rankPassages(ev: PassageEvidence): RankedPassage[] {
  const ranked = groupHits(ev)
    .filter((run) => run.length > 1 || ev.matched(run[0] ?? 0) >= MIN_MENTION_TERMS)
    .map((run) => scoreRun(run, ev))
    .sort((x, y) => y.score - x.score || x.first - y.first);
  const kept: RankedPassage[] = [];
  for (const p of ranked) {
    if (kept.length === MAX_PASSAGES) break;
    const near = kept.some((k) => p.first - k.last <= MAX_GAP && k.first - p.last <= MAX_GAP);
    if (!near) kept.push(p);
  }
  return kept;
}
