import { YOUTUBE_VIDEO_ID, parseYouTubeId } from "../media/parse-youtube-id";
import type { Media } from "../model/episode-schema";

export { resolveMediaSrc } from "../media/resolve-media-src";

/** The 11-character video id: `media.youtubeId`, else read from the URL (see {@link parseYouTubeId}). */
export function getYouTubeId(media: Pick<Media, "url" | "youtubeId">): string | undefined {
  if (media.youtubeId && YOUTUBE_VIDEO_ID.test(media.youtubeId)) return media.youtubeId;
  return parseYouTubeId(media.url);
}
