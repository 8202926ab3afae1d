import type { Episode, Media } from "../model/episode-schema";
import { getPrimaryOffset, pickPrimaryMedia } from "../model/primary-media";
import { roundTime } from "../time/round-time";
import { EXPORTS, type ExportFormat } from "./export-formats";
import { availableExports } from "./render-export";
import { el, type XmlNode } from "./xml-writer";
import { resolveMediaSrc } from "../media/resolve-media-src";

/** The Podcasting 2.0 namespace. */
export const PODCAST_NS = "https://podcastindex.org/namespace/1.0";

/** Media types of file media by extension; other names fall back to the media's kind. */
const MEDIA_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  wav: "audio/wav",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/opus",
  flac: "audio/flac",
  mp4: "video/mp4",
  m4v: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
};

/** The transcript exports a feed names, with the namespace's `type` and `rel` for each. */
const FEED_TRANSCRIPTS: { format: ExportFormat; type: string; rel?: string }[] = [
  { format: "vtt", type: "text/vtt", rel: "captions" },
  { format: "srt", type: "application/x-subrip", rel: "captions" },
  { format: "json", type: "application/json" },
  { format: "html", type: "text/html" },
];

/** A media file's absolute URL, as the player resolves it (a path under `public/` on the origin). */
function mediaFileUrl(url: string, origin: string): string | undefined {
  const src = resolveMediaSrc(url);
  return src === undefined ? undefined : new URL(src, origin).href;
}

/** The episode page's absolute URL. */
export const episodeUrl = (origin: string, slug: string): string => `${origin}/episodes/${slug}`;

/** An RFC 822 date (RSS 2.0) for an ISO `YYYY-MM-DD`, at midnight UTC. */
export const rssDate = (isoDate: string): string => new Date(`${isoDate}T00:00:00Z`).toUTCString();

/**
 * The enclosure: the primary media when it is an audio or video file (the exports' times are on
 * its clock, so another file would be out of step with them). YouTube is a page, not a file: no
 * enclosure. The model does not know the file's size, so `length` is 0, as RSS practice says for
 * an unknown size.
 */
export function enclosureOf(media: readonly Media[], origin: string): XmlNode | undefined {
  const primary = pickPrimaryMedia(media);
  if (!primary || primary.kind === "youtube") return undefined;
  const url = mediaFileUrl(primary.url, origin);
  if (url === undefined) return undefined;
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? "";
  const type = MEDIA_TYPES[extension] ?? (primary.kind === "video" ? "video/mp4" : "audio/mpeg");
  return el("enclosure", { url, length: 0, type });
}

/**
 * `podcast:person` for each named speaker whose role is known (group cast) and each credited
 * person. The namespace reads a person without a role as the host, so a speaker whose sources
 * name no role (a name from a transcript) is left out rather than made a host: the transcript
 * export still names them. Credits come from `podcast:person` itself, so theirs is kept as read.
 */
function people(episode: Episode): XmlNode[] {
  const speakers = episode.speakers.flatMap((s) =>
    s.name === undefined || s.role === undefined
      ? []
      : [{ name: s.name, role: s.role, group: "cast", image: s.image, href: s.href }],
  );
  return [...speakers, ...episode.credits].map((p) =>
    el(
      "podcast:person",
      { role: p.role?.toLowerCase(), group: p.group?.toLowerCase(), img: p.image, href: p.href },
      p.name,
    ),
  );
}

/** `podcast:soundbite` for each highlight, on the enclosure's clock. */
function soundbites(episode: Episode): XmlNode[] {
  const offset = getPrimaryOffset(episode.media);
  return episode.highlights.map((h) =>
    el(
      "podcast:soundbite",
      { startTime: roundTime(Math.max(0, h.start - offset)), duration: roundTime(h.duration) },
      h.title,
    ),
  );
}

/**
 * One feed item: title, page link, the page URL as a permanent guid, date, description,
 * enclosure, the transcript and chapter exports the episode has, its people and soundbites.
 */
export function feedItem(episode: Episode, origin: string): XmlNode {
  const page = episodeUrl(origin, episode.slug);
  const exportUrl = (format: ExportFormat) => `${page}/${EXPORTS[format].path}`;
  const has = availableExports(episode);
  const description = episode.description ?? (episode.summary.join(" ") || undefined);
  return el(
    "item",
    {},
    el("title", {}, episode.title),
    el("link", {}, page),
    el("guid", { isPermaLink: "true" }, page),
    episode.published !== undefined && el("pubDate", {}, rssDate(episode.published)),
    description !== undefined && el("description", {}, description),
    enclosureOf(episode.media, origin),
    ...FEED_TRANSCRIPTS.filter((t) => has.includes(t.format)).map((t) =>
      el("podcast:transcript", {
        url: exportUrl(t.format),
        type: t.type,
        language: episode.language,
        rel: t.rel,
      }),
    ),
    has.includes("chapters") &&
      el("podcast:chapters", { url: exportUrl("chapters"), type: "application/json+chapters" }),
    ...people(episode),
    ...soundbites(episode),
  );
}
