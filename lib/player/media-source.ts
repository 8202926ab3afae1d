import { YOUTUBE_VIDEO_ID, parseYouTubeId } from "../media/parse-youtube-id";
import type { Media } from "../model/episode-schema";

/**
 * The `src` for an audio/video file: an absolute http(s) URL as is, a path under `public/` as a
 * root-relative path (`audio/ep.mp3` and `public/audio/ep.mp3` → `/audio/ep.mp3`). Anything
 * else (another scheme, `//host` URLs) gives undefined.
 */
export function resolveMediaSrc(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (trimmed === "" || trimmed.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  return `/${trimmed.replace(/^\/+/, "").replace(/^public\//, "")}`;
}

/** The 11-character video id: `media.youtubeId`, else read from the URL (see {@link parseYouTubeId}). */
export function getYouTubeId(media: Pick<Media, "url" | "youtubeId">): string | undefined {
  if (media.youtubeId && YOUTUBE_VIDEO_ID.test(media.youtubeId)) return media.youtubeId;
  return parseYouTubeId(media.url);
}
