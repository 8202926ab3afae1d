import { parseYouTubeId } from "../../media/parse-youtube-id";
import type { EpisodeWarning, Media } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import type { PickedSources } from "../pick-sources";
import type { LinearClock } from "../clock/linear-clock";

/** The captions' clock onto the episode clock, which a media file from the manifest is assumed to share. */
export interface FileClock {
  /** episodeTime = rate × captionTime + offset (s). */
  clock: LinearClock;
  /** The middle of the captions, on their own clock (s). */
  midpoint: number;
  /** The captions' source id. */
  source: string;
}

const AUDIO = /\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac|weba)(?:[?#].*)?$/i;
const VIDEO = /\.(?:mp4|m4v|webm|mov|mkv|ogv)(?:[?#].*)?$/i;

/**
 * One media entry from a reference: YouTube (canonical watch URL), else an audio
 * or video file by extension, else by the MIME type given with it; undefined when
 * the kind cannot be told.
 * @param value manifest media, a summary page's Source URL, or a notes video id
 * @param source the source id (or "episode.json") it came from
 * @param type the media's MIME type when known (a feed enclosure's)
 */
export function mediaFrom(value: string, source: string, type?: string): Media | undefined {
  const id = parseYouTubeId(value);
  if (id)
    return {
      kind: "youtube",
      url: `https://www.youtube.com/watch?v=${id}`,
      youtubeId: id,
      primary: false,
      offset: 0,
      source,
    };
  const url = value.trim();
  if (AUDIO.test(url)) return { kind: "audio", url, primary: false, offset: 0, source };
  if (VIDEO.test(url)) return { kind: "video", url, primary: false, offset: 0, source };
  const kind = /^(audio|video)\//i.exec(type ?? "")?.[1]?.toLowerCase();
  if (kind === "audio" || kind === "video") return { kind, url, primary: false, offset: 0, source };
  return undefined;
}

/**
 * Deduplicate by URL (first wins) and mark the first entry primary; offsets are kept.
 * @param candidates media in order of preference
 */
export function finishMedia(candidates: readonly (Media | undefined)[]): Media[] {
  const out: Media[] = [];
  for (const m of candidates)
    if (m && !out.some((x) => x.url === m.url)) out.push({ ...m, primary: out.length === 0 });
  return out;
}

/**
 * The offset (s, `mediaTime = episodeTime − offset`) of a file on the captions' clock, taken at
 * the captions' middle so that a rate slightly off 1 drifts by half as much at either end.
 */
export function offsetOnClock({ clock, midpoint }: FileClock): number {
  const offset = clock.offset + (clock.rate - 1) * midpoint;
  return Math.round(offset * 1000) / 1000 || 0;
}

/** What {@link buildMedia} reads. */
export interface MediaInput {
  picked: PickedSources;
  manifest: Manifest | undefined;
  /** Receives a warning when the manifest media cannot be used or placed. */
  warnings: EpisodeWarning[];
  /** The captions' clock, for a media file from the manifest. */
  fileClock: FileClock | undefined;
}

/**
 * The manifest's media entry. An audio or video file is taken to be the recording the captions
 * were made from (captions come with an audio release), so it gets their clock's offset: with a
 * summary page, episode times are the page's video times and such a file often starts earlier
 * (a promo). Without captions its place on a video's clock is unknown: offset 0, with a warning.
 */
function manifestMedia({ picked, manifest, warnings, fileClock }: MediaInput): Media | undefined {
  if (!manifest?.media) return undefined;
  const media = mediaFrom(manifest.media, "episode.json", manifest.mediaType);
  if (!media) {
    warnings.push({
      source: "episode.json",
      message: `Media "${manifest.media}" is neither YouTube nor an audio/video file: ignored`,
    });
    return undefined;
  }
  if (media.kind === "youtube") return media;
  if (fileClock) return { ...media, offset: offsetOnClock(fileClock) };
  const video = picked.summary ? picked.summary.id : picked.notes?.doc.videoId ? picked.notes.id : undefined;
  if (video)
    warnings.push({
      source: "episode.json",
      message: `Media "${manifest.media}" has no captions to place it on the clock of ${video}'s video: assumed to start with that video`,
    });
  return media;
}

/**
 * The episode's media, best first: the manifest's, the summary page's YouTube
 * source, the notes' video id. The first is primary: the one the page plays.
 * @param input the chosen sources, the manifest, where warnings go and the captions' clock
 */
export function buildMedia(input: MediaInput): Media[] {
  const { picked } = input;
  const fromManifest = manifestMedia(input);
  const summary = picked.summary;
  const fromSummary = summary
    ? mediaFrom(summary.doc.youtubeId ?? summary.doc.sourceUrl ?? "", summary.id)
    : undefined;
  const notes = picked.notes;
  const fromNotes = notes?.doc.videoId ? mediaFrom(notes.doc.videoId, notes.id) : undefined;
  return finishMedia([fromManifest, fromSummary, fromNotes]);
}
