import Fuse from "fuse.js";
import type { Episode } from "../model/episode-schema";
import { buildSearchDocs } from "./build-search-docs";
import { FUSE_KEY } from "./fuse-options";
import { normalizeText } from "../text/normalize-text";
import type { EpisodeSearchIndex, SearchDoc } from "./search-doc";

/** The key of the Fuse index: the document's normalised text, computed rather than stored twice. */
export const FUSE_KEYS = [{ name: FUSE_KEY, getFn: (doc: SearchDoc) => normalizeText(doc.text) }];

/**
 * The serialisable search index of one episode, made at build time: its documents (sentences,
 * notes, chapters) and Fuse's index of their normalised text (`Fuse.createIndex().toJSON()`).
 * The page fetches it only once the reader starts searching.
 */
export function buildEpisodeSearchIndex(episode: Episode): EpisodeSearchIndex {
  const docs = buildSearchDocs(episode);
  const fuse = Fuse.createIndex(FUSE_KEYS, docs.docs).toJSON();
  return {
    version: 1,
    ...docs,
    fuse: {
      keys: fuse.keys.map(({ path, id, weight, src }) => ({ path, id, weight, src })),
      records: fuse.records.map((record) => ({ ...record })),
    },
  };
}
