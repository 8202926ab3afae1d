import { tokenizeText } from "../align/tokenize-words";

const STOP = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her him his how i if in " +
    "into is it its just like me more most my no not of on or our out over so some such than that the their them " +
    "then there these they this those to too up us very was we were what when where which while who why will with " +
    "would you your yours also about all any because being both each few here itself let lets many much only other " +
    "own same she should s t m re ve ll d don isnt thats theyre youre weve im ive really kind sort going get got thing things"
  ).split(" "),
);

/** A sparse term vector: term → weight. */
export type TermVector = ReadonlyMap<string, number>;

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

/** Scales a vector to length 1 in place (an empty one stays empty). */
export function toUnit(v: Map<string, number>): Map<string, number> {
  const norm = Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

/** Cosine of two unit vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/** IDF weights over a list of documents (e.g. a transcript's sentences, in order). */
export interface IdfIndex {
  /**
   * The unit vector of a text's distinct content terms, each weighted by its idf
   * (a term said twice weighs as much as once); terms no document has are left out.
   */
  vector(text: string): TermVector;
  /** Indices of the documents that contain a term, ascending. */
  containing(term: string): readonly number[];
  /** The distinct content terms of document `i`. */
  terms(i: number): ReadonlySet<string>;
}

/**
 * Builds an index with smoothed idf `ln((n+1)/(df+1)) + 1` and an inverted list,
 * so scoring a query touches only the documents that share a term with it.
 * @param texts the documents, in order
 */
export function buildIdfIndex(texts: readonly string[]): IdfIndex {
  const sets = texts.map((text) => new Set(contentTerms(text)));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const t of set) {
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [t, list] of postings) idf.set(t, Math.log((texts.length + 1) / (list.length + 1)) + 1);
  return {
    vector(text) {
      const v = new Map<string, number>();
      for (const t of contentTerms(text)) {
        const w = idf.get(t);
        if (w !== undefined) v.set(t, w);
      }
      return toUnit(v);
    },
    containing: (term) => postings.get(term) ?? [],
    terms: (i) => sets[i] ?? new Set(),
  };
}
