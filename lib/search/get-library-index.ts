import { getCatalogue, getEpisode } from "../content/load-episodes";
import type { Catalogue } from "../model/episode-schema";
import { buildLibraryIndex, type LibraryIndex } from "./library-search";

let cached: { catalogue: Catalogue; index: LibraryIndex } | undefined;

/**
 * The library index of the built episodes, made once per server process and again only when
 * the catalogue changes (load-episodes memoises it by modification time).
 */
export function getLibraryIndex(): LibraryIndex {
  const catalogue = getCatalogue();
  if (cached && cached.catalogue === catalogue) return cached.index;
  const episodes = catalogue.episodes.flatMap(({ slug }) => getEpisode(slug) ?? []);
  cached = { catalogue, index: buildLibraryIndex(episodes) };
  return cached.index;
}
