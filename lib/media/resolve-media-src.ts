/**
 * The `src` for an audio/video file: an absolute http(s) URL as is, a path under `public/` as a
 * root-relative path (`audio/ep.mp3` and `public/audio/ep.mp3` → `/audio/ep.mp3`). Anything
 * else (another scheme, `//host` URLs) gives undefined. One rule for the player and the feed's
 * enclosure.
 */
export function resolveMediaSrc(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (trimmed === "" || trimmed.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  return `/${trimmed.replace(/^\/+/, "").replace(/^public\//, "")}`;
}
