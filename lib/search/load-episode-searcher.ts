import "@/lib/links/zod-jitless";
import { createEpisodeSearcher, type EpisodeSearcher } from "@/lib/search/episode-searcher";
import { episodeSearchIndexSchema } from "@/lib/search/search-doc";

/**
 * Fetches, checks and restores an episode's search index. Loaded with `import()` when the
 * reader starts searching, so neither the index nor the search code costs anything before.
 */
export async function loadEpisodeSearcher(slug: string): Promise<EpisodeSearcher> {
  const response = await fetch(`/episodes/${encodeURIComponent(slug)}/search-index.json`);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return createEpisodeSearcher(episodeSearchIndexSchema.parse(await response.json()));
}
