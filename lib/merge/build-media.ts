import type { EpisodeWarning, Media } from "../model/episode-schema";
import type { Manifest } from "../model/manifest-schema";
import type { PickedSources } from "./pick-sources";

const AUDIO = /\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac|weba)(?:[?#].*)?$/i;
const VIDEO = /\.(?:mp4|m4v|webm|mov|mkv|ogv)(?:[?#].*)?$/i;

/**
 * The YouTube id in a URL (watch?v=, youtu.be/, /embed/, /shorts/, /live/) or a bare id.
 * @param value a URL or an 11-character id
 */
export function youtubeIdOf(value: string): string | undefined {
  const v = value.trim();
  if (/^[\w-]{11}$/.test(v)) return v;
  const m =
    /^(?:https?:\/\/)?(?:www\.|m\.|music\.)?(?:youtube\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/|v\/)|youtu\.be\/)([\w-]{11})(?![\w-])/i.exec(
      v,
    );
  return m?.[1];
}

/**
 * One media entry from a reference: YouTube (canonical watch URL), else an audio
 * or video file by extension; undefined when the kind cannot be told.
 * @param value manifest media, a summary page's Source URL, or a notes video id
 * @param source the source id (or "episode.json") it came from
 */
export function mediaFrom(value: string, source: string): Media | undefined {
  const id = youtubeIdOf(value);
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
  return undefined;
}

/**
 * Deduplicate by URL (first wins) and mark the first entry primary (offset 0).
 * @param candidates media in order of preference
 */
export function finishMedia(candidates: readonly (Media | undefined)[]): Media[] {
  const out: Media[] = [];
  for (const m of candidates)
    if (m && !out.some((x) => x.url === m.url)) out.push({ ...m, primary: out.length === 0, offset: 0 });
  return out;
}

/**
 * The episode's media, best first: the manifest's, the summary page's YouTube
 * source, the notes' video id. The first is primary (it defines the episode clock).
 * @param picked the chosen sources
 * @param manifest the manifest, if any
 * @param warnings receives a warning when the manifest media cannot be used
 */
export function buildMedia(
  picked: PickedSources,
  manifest: Manifest | undefined,
  warnings: EpisodeWarning[],
): Media[] {
  const fromManifest = manifest?.media ? mediaFrom(manifest.media, "episode.json") : undefined;
  if (manifest?.media && !fromManifest)
    warnings.push({
      source: "episode.json",
      message: `Media "${manifest.media}" is neither YouTube nor an audio/video file: ignored`,
    });
  const summary = picked.summary;
  const fromSummary = summary
    ? mediaFrom(summary.doc.youtubeId ?? summary.doc.sourceUrl ?? "", summary.id)
    : undefined;
  const notes = picked.notes;
  const fromNotes = notes?.doc.videoId ? mediaFrom(notes.doc.videoId, notes.id) : undefined;
  return finishMedia([fromManifest, fromSummary, fromNotes]);
}
