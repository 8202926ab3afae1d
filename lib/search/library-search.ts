import type { Episode } from "../model/episode-schema";
import { buildSearchDocs } from "./build-search-docs";
import { normalizeText } from "../text/normalize-text";
import { rankDocuments } from "./rank-documents";
import { createSearchCorpus, type SearchCorpus } from "./search-corpus";
import type { EpisodeDocs, SearchDoc } from "./search-doc";

/** One search over every episode: all documents in one corpus, each knowing its episode. */
export interface LibraryIndex {
  readonly corpus: SearchCorpus;
  readonly docs: readonly SearchDoc[];
  /** Position in `episodes` of each document's episode. */
  readonly docEpisode: Int32Array;
  readonly episodes: readonly (Omit<EpisodeDocs, "docs"> & { title: string })[];
}

/** A hit as the results page shows it. Times in seconds. */
export interface LibraryHit {
  doc: SearchDoc;
  speaker?: string;
  section?: string;
  phrase: boolean;
}

export interface LibraryEpisodeResult {
  slug: string;
  title: string;
  /** How many documents of the episode match. */
  total: number;
  /** Its best hits, best first. */
  hits: LibraryHit[];
}

export interface LibraryResult {
  /** Matching documents in all episodes. */
  total: number;
  /** Episodes with a hit, the episode of the best hit first (at most `maxEpisodes`). */
  episodes: LibraryEpisodeResult[];
  /** Episodes with a hit beyond those listed. */
  moreEpisodes: number;
}

/**
 * Builds the library index from every episode (all the text of their pages: see buildSearchDocs).
 * About a second for 200 one-hour episodes; the site builds it once per process.
 */
export function buildLibraryIndex(episodes: readonly Episode[]): LibraryIndex {
  const docs: SearchDoc[] = [];
  const owners: number[] = [];
  const tables = episodes.map((episode, e) => {
    const built = buildSearchDocs(episode);
    for (const doc of built.docs) {
      docs.push(doc);
      owners.push(e);
    }
    return { slug: built.slug, title: episode.title, speakers: built.speakers, sections: built.sections };
  });
  return {
    corpus: createSearchCorpus(docs.map((doc) => normalizeText(doc.text))),
    docs,
    docEpisode: Int32Array.from(owners),
    episodes: tables,
  };
}

/**
 * Searches every episode for `query` (see rankDocuments) and groups the hits by episode.
 *
 * @param perEpisode hits shown per episode (default 5); `total` still counts them all.
 * @param maxEpisodes episodes listed (default 20); `moreEpisodes` counts the others.
 */
export function searchLibrary(
  index: LibraryIndex,
  query: string,
  { perEpisode = 5, maxEpisodes = 20 }: { perEpisode?: number; maxEpisodes?: number } = {},
): LibraryResult {
  const { hits, total, matched } = rankDocuments(index.corpus, query, { limit: 400 });
  const totals = new Map<number, number>();
  for (const doc of matched) {
    const e = index.docEpisode[doc] as number;
    totals.set(e, (totals.get(e) ?? 0) + 1);
  }
  const groups = new Map<number, LibraryEpisodeResult>();
  for (const hit of hits) {
    const e = index.docEpisode[hit.doc] as number;
    const episode = index.episodes[e];
    const doc = index.docs[hit.doc];
    if (!episode || !doc) continue;
    let group = groups.get(e);
    if (!group) {
      group = { slug: episode.slug, title: episode.title, total: totals.get(e) ?? 0, hits: [] };
      groups.set(e, group);
    }
    if (group.hits.length >= perEpisode) continue;
    group.hits.push({
      doc,
      speaker: doc.speaker === undefined ? undefined : episode.speakers[doc.speaker]?.name,
      section: doc.section === undefined ? undefined : episode.sections[doc.section]?.title,
      phrase: hit.phrase,
    });
  }
  // Episodes whose hits all fell outside the ranked shortlist still get listed, by count.
  const rest = [...totals.keys()]
    .filter((e) => !groups.has(e))
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a - b);
  for (const e of rest) {
    const episode = index.episodes[e];
    if (episode)
      groups.set(e, { slug: episode.slug, title: episode.title, total: totals.get(e) ?? 0, hits: [] });
  }
  const episodes = [...groups.values()];
  return {
    total,
    episodes: episodes.slice(0, maxEpisodes),
    moreEpisodes: Math.max(0, episodes.length - maxEpisodes),
  };
}
