import type { EpisodeWarning, Highlight } from "../../model/episode-schema";
import { MANIFEST_FILE_NAME, type ManifestHighlight, type Soundbite } from "../../model/manifest-schema";
import type { UsedLog } from "../used-log";

/** A moment to highlight, from either list of the manifest. */
type Moment = { start: number; duration: number; title?: string | undefined };

/** Both lists as one, each moment once (the same start and length: the one with a title). */
function collectMoments(soundbites: readonly Soundbite[], marked: readonly ManifestHighlight[]): Moment[] {
  const moments = new Map<string, Moment>();
  const all = [
    ...soundbites,
    ...marked.map((h) => ({ start: h.start, duration: h.end - h.start, title: h.title })),
  ];
  for (const moment of all) {
    const key = `${moment.start}/${moment.duration}`;
    const seen = moments.get(key);
    if (!seen || (!seen.title?.trim() && moment.title?.trim())) moments.set(key, moment);
  }
  return [...moments.values()].sort(
    (a, b) =>
      a.start - b.start || a.duration - b.duration || (a.title ?? "").localeCompare(b.title ?? "", "en"),
  );
}

/**
 * The manifest's soundbites (a feed's `podcast:soundbite`) and its hand-marked `highlights` as
 * the episode's highlights, each moment once, in time order (ties by length, then title, so the
 * order never depends on the feed's). Their times are the media's, which is the episode clock
 * when the media is the primary one. A moment that starts past the episode's end is kept with a
 * warning rather than dropped: the duration may be the one that is wrong.
 */
export function buildHighlights({
  soundbites = [],
  highlights = [],
  duration,
  log,
  warnings,
}: {
  soundbites?: readonly Soundbite[] | undefined;
  highlights?: readonly ManifestHighlight[] | undefined;
  duration: number | undefined;
  log: UsedLog;
  warnings: EpisodeWarning[];
}): Highlight[] {
  const moments = collectMoments(soundbites, highlights);
  if (moments.length === 0) return [];
  log.add(MANIFEST_FILE_NAME, "highlights");
  return moments.map((moment, i) => {
    if (duration !== undefined && moment.start >= duration)
      warnings.push({
        source: MANIFEST_FILE_NAME,
        message: `the highlight at ${moment.start} s starts after the episode's end (${duration} s)`,
      });
    const title = moment.title?.trim();
    return {
      id: `h-${i + 1}`,
      start: moment.start,
      end: moment.start + moment.duration,
      duration: moment.duration,
      ...(title ? { title } : {}),
      source: MANIFEST_FILE_NAME,
    };
  });
}
