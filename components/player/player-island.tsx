"use client";

import type { Media } from "@/lib/model/episode-schema";
import { pickPrimaryMedia } from "@/lib/model/primary-media";
import { getYouTubeId, resolveMediaSrc } from "@/lib/player/media-source";
import { YouTubePlayer } from "./youtube-player";
import { FilePlayer } from "./file-player";

export interface PlayerIslandProps {
  /** The episode's media; the primary one is played. */
  media: Media[];
  /** The episode's duration (s), when known. */
  duration?: number;
  episodeTitle: string;
  slug: string;
}

/**
 * The episode's player: a YouTube poster that loads nothing from YouTube until clicked, or a
 * native `<audio>`/`<video>`. It hands its media to `playerStore`; nothing renders without media.
 */
export function PlayerIsland({ media, episodeTitle }: PlayerIslandProps) {
  const primary = pickPrimaryMedia(media);
  if (!primary) return null;
  if (primary.kind === "youtube") {
    const videoId = getYouTubeId(primary);
    if (!videoId) return null;
    return (
      <YouTubePlayer videoId={videoId} offset={primary.offset} title={episodeTitle} watchUrl={primary.url} />
    );
  }
  const src = resolveMediaSrc(primary.url);
  if (!src) return null;
  return <FilePlayer kind={primary.kind} src={src} offset={primary.offset} title={episodeTitle} />;
}
