/** A YouTube video id: 11 characters of letters, digits, `_` and `-`. */
export const YOUTUBE_VIDEO_ID = /^[\w-]{11}$/;
/** The id as the path of a short link, and after the video paths of the YouTube hosts. */
const SHORT_PATH = /^\/([\w-]{11})(?![\w-])/;
const VIDEO_PATH = /^\/(?:embed|shorts|live|v)\/([\w-]{11})(?![\w-])/;

/**
 * The hosts that serve a video, once a leading `www.` or `m.` is removed. A host is compared
 * whole: `notyoutube.com`, `youtube.com.evil.example` or a path that merely mentions
 * `youtube.com` are not YouTube.
 */
const WATCH_HOSTS = new Set(["youtube.com", "music.youtube.com", "youtube-nocookie.com"]);
const SHORT_HOST = "youtu.be";

function toUrl(value: string): URL | undefined {
  // A reference written without a scheme (`youtu.be/…`, `www.youtube.com/…`) is read as https.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The 11-character video id of a YouTube reference: a bare id, or an http(s) URL on a YouTube
 * host — `youtube.com/watch?v=`, `/embed/`, `/shorts/`, `/live/`, `/v/` (also on `www.`, `m.`,
 * `music.` and `youtube-nocookie.com`), or `youtu.be/<id>`. Surrounding whitespace is ignored.
 * @param value a manifest's media, a summary page's source URL, a notes page's video id
 * @returns the id, or undefined when `value` is not a YouTube video reference
 */
export function parseYouTubeId(value: string): string | undefined {
  const trimmed = value.trim();
  if (YOUTUBE_VIDEO_ID.test(trimmed)) return trimmed;
  const url = toUrl(trimmed);
  if (!url) return undefined;
  const host = url.hostname.replace(/^(?:www|m)\./, "");
  if (host === SHORT_HOST) return SHORT_PATH.exec(url.pathname)?.[1];
  if (!WATCH_HOSTS.has(host)) return undefined;
  if (url.pathname === "/watch") {
    const id = url.searchParams.get("v");
    return id !== null && YOUTUBE_VIDEO_ID.test(id) ? id : undefined;
  }
  return VIDEO_PATH.exec(url.pathname)?.[1];
}
