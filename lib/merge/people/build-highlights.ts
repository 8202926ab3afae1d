import type { EpisodeWarning, Highlight } from "../../model/episode-schema";
import { MANIFEST_FILE_NAME, type Soundbite } from "../../model/manifest-schema";
import type { UsedLog } from "../used-log";

/**
 * The manifest's soundbites as highlights, in time order (ties by length, then title, so the
 * order never depends on the feed's). Their times are the media's, which is the episode clock
 * when the media is the primary one. A soundbite that starts past the episode's end is kept
 * with a warning rather than dropped: the duration may be the one that is wrong.
 */
export function buildHighlights({
  soundbites,
  duration,
  log,
  warnings,
}: {
  soundbites: readonly Soundbite[] | undefined;
  duration: number | undefined;
  log: UsedLog;
  warnings: EpisodeWarning[];
}): Highlight[] {
  if (!soundbites || soundbites.length === 0) return [];
  const sorted = [...soundbites].sort(
    (a, b) =>
      a.start - b.start || a.duration - b.duration || (a.title ?? "").localeCompare(b.title ?? "", "en"),
  );
  log.add(MANIFEST_FILE_NAME, "highlights");
  return sorted.map((bite, i) => {
    if (duration !== undefined && bite.start >= duration)
      warnings.push({
        source: MANIFEST_FILE_NAME,
        message: `soundbite ${i + 1} starts at ${bite.start} s, after the episode's end (${duration} s)`,
      });
    const title = bite.title?.trim();
    return {
      id: `h-${i + 1}`,
      start: bite.start,
      end: bite.start + bite.duration,
      duration: bite.duration,
      ...(title ? { title } : {}),
      source: MANIFEST_FILE_NAME,
    };
  });
}
