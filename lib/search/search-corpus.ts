import type { SplitMatch } from "./compound-match";
import { casePieces } from "../text/case-pieces";
import { normalizeText } from "../text/normalize-text";
import { createTermIndex, type TermIndex, type TermMatch } from "./term-index";

/** A Fuse search over every document of a corpus: document id and Fuse score (0 best … 1). */
export type FuseSearch = (pattern: string) => { doc: number; score: number }[];

/**
 * What the ranking searches: documents as normalised text (document id = position), the word
 * index of the prefilter, and optionally a Fuse search over every document (an episode's
 * prebuilt Fuse index), the fallback when no document matches the words: it finds phrases the
 * words cannot, such as `huggingface` for `hugging face`. A large corpus (the library) leaves
 * it out. Either way Fuse scores the prefilter's best candidates.
 */
export interface SearchCorpus {
  /** Each document's normalised text with a space before and after (`" open source ai "`). */
  readonly padded: readonly string[];
  readonly index: TermIndex;
  readonly fuse?: FuseSearch;
  /** Per-corpus working memory of the ranking (reused between queries, never serialised). */
  readonly scratch: {
    /** Weighted matches per document while collecting candidates. */
    acc: Float64Array;
    /** Bit i: query word i matched the document. */
    mask: Int32Array;
    /** Which (query, word) pass last touched a document: no double counting across expansions. */
    seen: Int32Array;
    epoch: number;
    /** Recent word expansions (`<typing>:<word>`), since typing repeats the same words. */
    expansions: Map<string, { terms: TermMatch[]; splits: SplitMatch[] }>;
  };
}

/**
 * Makes a corpus from each document's text as written.
 *
 * @param texts one per document; ids are their positions.
 * @param fuse optional Fuse search over the same documents, in the same order.
 */
export function createSearchCorpus(texts: readonly string[], fuse?: FuseSearch): SearchCorpus {
  const norms = texts.map(normalizeText);
  const index = createTermIndex(
    norms.map((norm) => (norm ? norm.split(" ") : [])),
    texts.flatMap((text) => casePieces(text)),
  );
  const n = norms.length;
  return {
    padded: norms.map((norm) => ` ${norm} `),
    index,
    fuse,
    scratch: {
      acc: new Float64Array(n),
      mask: new Int32Array(n),
      seen: new Int32Array(n),
      epoch: 0,
      expansions: new Map(),
    },
  };
}
