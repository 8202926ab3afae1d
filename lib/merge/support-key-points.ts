import { tokenizeText } from "./normalize-token";

/** A sentence that can support a key point. */
export interface SupportCandidate {
  id: string;
  text: string;
}

/** One supporting sentence with its score (cosine similarity, 0..1). */
export interface Support {
  sentenceId: string;
  score: number;
}

const STOP = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her him his how i if in " +
    "into is it its just like me more most my no not of on or our out over so some such than that the their them " +
    "then there these they this those to too up us very was we were what when where which while who why will with " +
    "would you your yours also about all any because being both each few here itself let lets many much only other " +
    "own same she should s t m re ve ll d don isnt thats theyre youre weve im ive really kind sort going get got thing things"
  ).split(" "),
);

/** Minimum score for a sentence to count as support (0..1). */
export const MIN_SUPPORT = 0.12;
/** Supporting sentences kept per key point. */
export const MAX_SUPPORT = 3;
/** Sentences with fewer content terms are ignored (they match anything a little). */
const MIN_TERMS = 3;

function stem(token: string): string {
  if (token.length > 4 && token.endsWith("ies")) return token.slice(0, -3) + "y";
  if (token.length > 4 && token.endsWith("es") && /(?:ss|x|ch|sh)es$/.test(token)) return token.slice(0, -2);
  if (token.length > 3 && token.endsWith("s") && !token.endsWith("ss")) return token.slice(0, -1);
  return token;
}

/**
 * Content terms of a text: normalised tokens without stop words, lightly stemmed
 * (plural "s"/"es"/"ies").
 * @param text any text
 */
export function contentTerms(text: string): string[] {
  return tokenizeText(text)
    .filter((t) => t.length > 1 && !STOP.has(t))
    .map(stem);
}

function vectorize(terms: string[], idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of terms) {
    const w = idf.get(t);
    if (w !== undefined) v.set(t, (v.get(t) ?? 0) + w);
  }
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/**
 * TF-IDF cosine support: for each point, the best ≤ 3 sentences scoring ≥ 0.12,
 * best first (ties by sentence order); empty when nothing qualifies. IDF is
 * computed over the given sentences. Scores are rounded to 3 decimals.
 * @param points key point texts
 * @param sentences candidate sentences (e.g. the transcript's, in order)
 */
export function supportKeyPoints(
  points: readonly string[],
  sentences: readonly SupportCandidate[],
): Support[][] {
  const docs = sentences.map((s) => contentTerms(s.text));
  const df = new Map<string, number>();
  for (const terms of docs) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 1)) + 1);
  const postings = new Map<string, Array<[number, number]>>();
  docs.forEach((terms, i) => {
    if (new Set(terms).size < MIN_TERMS) return;
    for (const [t, w] of vectorize(terms, idf)) {
      const list = postings.get(t) ?? [];
      list.push([i, w]);
      postings.set(t, list);
    }
  });
  return points.map((point) => {
    const q = vectorize(contentTerms(point), idf);
    const scores = new Map<number, number>();
    for (const [t, w] of q)
      for (const [i, x] of postings.get(t) ?? []) scores.set(i, (scores.get(i) ?? 0) + w * x);
    return [...scores]
      .map(([i, s]) => ({ i, score: Math.min(1, Math.max(0, Math.round(s * 1000) / 1000)) }))
      .filter((x) => x.score >= MIN_SUPPORT)
      .sort((x, y) => y.score - x.score || x.i - y.i)
      .slice(0, MAX_SUPPORT)
      .map((x) => ({ sentenceId: sentences[x.i]?.id ?? "", score: x.score }));
  });
}
