import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { EpisodeCard } from "./episode-card";
import { ShowFilterIsland } from "./show-filter-island";

/** The library: one card per episode (in catalogue order, newest first) with a show filter. */
export function EpisodeList({ episodes }: { episodes: CatalogueEntry[] }) {
  const shows = [...new Set(episodes.flatMap((e) => (e.show ? [e.show] : [])))].sort((a, b) =>
    a.localeCompare(b, "en"),
  );
  return (
    <ShowFilterIsland
      shows={shows}
      cards={episodes.map((episode) => ({
        key: episode.slug,
        ...(episode.show ? { show: episode.show } : {}),
        card: <EpisodeCard episode={episode} />,
      }))}
    />
  );
}
