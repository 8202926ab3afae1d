import type { Episode } from "@/lib/model/episode-schema";
import { pickPrimaryMedia } from "@/lib/model/primary-media";
import { MiniPlayerBarIsland } from "./mini-player-bar-island";

/**
 * The always-visible player bar for an episode with media. A server component: it hands the
 * client bar only what it draws (duration, section or chapter titles and starts), not the episode.
 */
export function MiniPlayer({ episode }: { episode: Episode }) {
  const { duration } = episode;
  if (!pickPrimaryMedia(episode.media) || !duration || duration <= 0) return null;
  const source = episode.sections.length > 0 ? episode.sections : episode.chapters;
  const marks = source.map(({ title, start, end }) =>
    end === undefined ? { title, start } : { title, start, end },
  );
  return <MiniPlayerBarIsland duration={duration} marks={marks} />;
}
