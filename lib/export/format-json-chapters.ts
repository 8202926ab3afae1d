import type { Episode, Note } from "../model/episode-schema";
import { serializeJson } from "../model/serialize-json";
import { buildMomentUrl } from "../links/build-share-url";
import { getPrimaryOffset } from "../model/primary-media";

/** One chapter of a Podcasting 2.0 JSON chapters file; times in seconds. */
export interface JsonChapter {
  startTime: number;
  title: string;
  endTime?: number;
  /** A page about the chapter: the source's own, else the episode page at the chapter's start. */
  url?: string;
  /** The chapter's image, as its source gave it. */
  img?: string;
  /** False: kept out of the table of contents, as its source said. */
  toc?: false;
}

/** A Podcasting 2.0 JSON chapters file (`application/json+chapters`, version 1.2.0). */
export interface JsonChapters {
  version: "1.2.0";
  title?: string;
  podcastName?: string;
  chapters: JsonChapter[];
}

type ChapterInput = Pick<Episode, "slug" | "title" | "show" | "sections" | "chapters" | "notes"> &
  Partial<Pick<Episode, "media">>;

/**
 * The level of the notes' headings that divides them: the shallowest at which notes sit under
 * two or more different headings (a page whose notes all hang under one title heading is divided
 * by the level below it).
 */
function dividingDepth(notes: readonly Note[]): number {
  const deepest = Math.max(0, ...notes.map((n) => n.headingPath.length - 1));
  for (let depth = 0; depth < deepest; depth++) {
    const keys = new Set(
      notes
        .filter((n) => n.headingPath.length > depth)
        .map((n) => n.headingPath.slice(0, depth + 1).join("\n")),
    );
    if (keys.size > 1) return depth;
  }
  return deepest;
}

/** One chapter per heading of the notes, starting at the first timed note under it (document order). */
function chaptersFromNotes(notes: readonly Note[]): { title: string; start: number }[] {
  const depth = dividingDepth(notes.filter((n) => n.headingPath.length > 0));
  const groups = new Map<string, { title: string; start?: number }>();
  for (const note of notes) {
    const title = note.headingPath[depth]?.trim();
    if (!title) continue;
    const key = note.headingPath.slice(0, depth + 1).join("\n");
    const group = groups.get(key) ?? { title };
    if (group.start === undefined && note.start !== undefined) group.start = note.start;
    groups.set(key, group);
  }
  return [...groups.values()].flatMap((g) =>
    g.start !== undefined ? [{ title: g.title, start: g.start }] : [],
  );
}

/**
 * The episode's chapters as a Podcasting 2.0 JSON chapters file: its sections when it has any,
 * else its chapters, else one chapter per heading of its timestamped notes (starting at the first
 * timed note under the heading). Times are seconds on the primary media's clock, clamped to ≥ 0; chapters
 * are sorted by start; `endTime` is given when known and after the start. With `origin`, each
 * chapter's `url` is the episode page at the chapter's start (`…/episodes/<slug>?t=516`), unless
 * its source gave a page of its own; a source's `img` and `toc: false` are kept.
 *
 * @param episode The model.
 * @param options `origin`: the site's absolute origin, e.g. `https://example.org`.
 */
export function toJsonChapters(episode: ChapterInput, options: { origin?: string } = {}): JsonChapters {
  const items: { title: string; start: number; end?: number; img?: string; url?: string; toc?: false }[] =
    episode.sections.length > 0
      ? episode.sections
      : episode.chapters.length > 0
        ? episode.chapters
        : chaptersFromNotes(episode.notes);
  const offset = getPrimaryOffset(episode.media);
  const chapters = items
    .map((item) => {
      const startTime = Math.max(0, item.start - offset);
      const endTime = item.end === undefined ? undefined : item.end - offset;
      return {
        startTime,
        title: item.title,
        ...(endTime !== undefined && endTime > startTime ? { endTime } : {}),
        // The page's `?t=` is on the episode clock, not the media's.
        ...(item.url
          ? { url: item.url }
          : options.origin
            ? { url: buildMomentUrl(options.origin, episode.slug, Math.max(0, item.start)) }
            : {}),
        ...(item.img ? { img: item.img } : {}),
        ...(item.toc === false ? { toc: false as const } : {}),
      };
    })
    .sort((a, b) => a.startTime - b.startTime);
  return {
    version: "1.2.0",
    title: episode.title,
    ...(episode.show ? { podcastName: episode.show } : {}),
    chapters,
  };
}

/** {@link toJsonChapters} as pretty-printed, newline-terminated JSON text. */
export function formatJsonChapters(episode: ChapterInput, options: { origin?: string } = {}): string {
  return serializeJson(toJsonChapters(episode, options));
}
