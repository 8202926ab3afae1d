import type { Media } from "../model/episode-schema";

/** The media that defines the episode clock: the `primary` one, else the first; undefined when there is none. */
export function pickPrimaryMedia(media: readonly Media[]): Media | undefined {
  return media.find((m) => m.primary) ?? media[0];
}

/**
 * The primary media's offset (s): its time is `episodeTime − offset`. 0 without media. Exports
 * give their times on this clock, since they are played beside that media.
 */
export function getPrimaryOffset(media: readonly Media[] | undefined): number {
  return (media && pickPrimaryMedia(media)?.offset) || 0;
}

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

const YOUTUBE_ID = /^[\w-]{11}$/;

/** The 11-character video id: `media.youtubeId`, else read from a watch, youtu.be, embed or shorts URL. */
export function getYouTubeId(media: Pick<Media, "url" | "youtubeId">): string | undefined {
  if (media.youtubeId && YOUTUBE_ID.test(media.youtubeId)) return media.youtubeId;
  let url: URL;
  try {
    url = new URL(media.url);
  } catch {
    return YOUTUBE_ID.test(media.url.trim()) ? media.url.trim() : undefined;
  }
  const host = url.hostname.replace(/^(www|m)\./, "");
  let id: string | null | undefined;
  if (host === "youtu.be") id = url.pathname.split("/")[1];
  else if (host === "youtube.com" || host === "youtube-nocookie.com" || host === "music.youtube.com") {
    id = url.searchParams.get("v") ?? /^\/(?:embed|shorts|live|v)\/([^/?#]+)/.exec(url.pathname)?.[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined;
}
