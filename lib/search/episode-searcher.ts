import Fuse from "fuse.js";
import { FUSE_KEYS } from "./episode-search-index";
import { FUSE_OPTIONS } from "./fuse-options";
import { quotedPhrases, splitExclusions } from "./parse-library-query";
import { FUSE_ONLY_MAX, rankDocuments } from "./rank-documents";
import { createSearchCorpus, type SearchCorpus } from "./search-corpus";
import type { EpisodeSearchIndex, SearchDoc } from "./search-doc";
import type { IsWord } from "./term-match";

/**
 * What the page shows beside the transcript, notes and chapters (summary, key points, show
 * notes) says what the episode is about: its hits come after those where it is said.
 */
const ABOUT: ReadonlySet<SearchDoc["kind"]> = new Set(["summary", "key-point", "block"]);

/** A hit in one episode: the document and its rank score (lower is better). */
export interface EpisodeHit {
  doc: SearchDoc;
  score: number;
  phrase: boolean;
}

/** Searches one episode as the reader types. */
export interface EpisodeSearcher {
  readonly index: EpisodeSearchIndex;
  /** The episode's vocabulary, for marking parts of words as the search finds them (findMatchRanges). */
  readonly isWord: IsWord;
  /**
   * Every hit for `query`, best first, but those not saying a quoted phrase word for word or
   * saying an excluded word (`-word`); [] for an empty query.
   */
  search(query: string): EpisodeHit[];
}

/**
 * Makes the searcher of an episode from its serialised index: Fuse is restored from the
 * prebuilt index (`Fuse.parseIndex`) and searches every document; the word prefilter is built
 * here, from the documents (a few milliseconds for an hour of transcript).
 */
export function createEpisodeSearcher(index: EpisodeSearchIndex): EpisodeSearcher {
  const fuse = new Fuse(
    index.docs,
    // Only near-exact phrases are wanted from every document: a low threshold keeps Bitap short.
    { ...FUSE_OPTIONS, threshold: FUSE_ONLY_MAX, keys: FUSE_KEYS },
    Fuse.parseIndex<SearchDoc>(index.fuse as Parameters<typeof Fuse.parseIndex<SearchDoc>>[0]),
  );
  const corpus: SearchCorpus = createSearchCorpus(
    index.docs.map((doc) => doc.text),
    (pattern) => fuse.search(pattern).map((r) => ({ doc: r.refIndex, score: r.score ?? 1 })),
  );
  return {
    index,
    isWord: corpus.index.isWord,
    search(query) {
      const { rest, excluded } = splitExclusions(query);
      const quoted = quotedPhrases(rest);
      const { hits } = rankDocuments(corpus, rest, { limit: index.docs.length });
      // Word for word (the last word of a phrase being typed may be a beginning).
      const says = (doc: number, words: string[], typing = false) =>
        corpus.padded[doc]?.includes(` ${words.join(" ")}${typing ? "" : " "}`);
      const last = quoted.phrases.length - 1;
      // `"a phrase"` is kept only where it is said; `-word`, `-"a phrase"` is left out.
      const kept = hits.filter(
        ({ doc }) =>
          quoted.phrases.every((words, i) => says(doc, words, quoted.typingLast && i === last)) &&
          !excluded.some((words) => says(doc, words)),
      );
      const found = kept.map(({ doc, score, phrase }) => ({
        doc: index.docs[doc] as SearchDoc,
        score,
        phrase,
      }));
      const about = (hit: EpisodeHit) => (ABOUT.has(hit.doc.kind) ? 1 : 0);
      // Stable: each group keeps the ranking's order.
      return found.sort((a, b) => about(a) - about(b));
    },
  };
}
