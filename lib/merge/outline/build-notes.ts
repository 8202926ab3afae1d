import type { Chapter, Note } from "../../model/episode-schema";
import type { ParsedChapter, ShowNotesDoc, TimestampedNotesDoc } from "../../parse/types";
import { roundTime } from "../../time/round-time";
import { UniqueSlugger } from "../../model/slugify";

/**
 * Timestamped notes as model notes: id `n-<position, 1-based>` (stable for the
 * same document), `tags` = the distinct wiki-link targets in order, start in
 * seconds (ms-rounded) when the claim has one. Notes without text are skipped.
 * @param doc the notes page
 * @param sourceId its source id
 */
export function buildNotes(doc: TimestampedNotesDoc, sourceId: string): Note[] {
  const out: Note[] = [];
  doc.notes.forEach((note, i) => {
    const text = note.text.trim();
    if (!text) return;
    const tags: string[] = [];
    for (const link of note.links) {
      const target = link.target.trim();
      if (target && !tags.includes(target)) tags.push(target);
    }
    out.push({
      id: `n-${i + 1}`,
      headingPath: [...note.headingPath],
      text,
      ...(note.start !== undefined && Number.isFinite(note.start) ? { start: roundTime(note.start) } : {}),
      links: note.links.map((l) => ({ label: l.label, target: l.target })),
      tags,
      source: sourceId,
    });
  });
  return out;
}

/**
 * Chapters of show notes or a JSON chapters file, sorted by start: id = unique
 * slug of the title, end = the end the source gives, else the next chapter's
 * start; the last ends at `duration` when that is later, else has no end. The
 * image, page and `toc: false` are kept as given.
 * @param chapters the source's chapters
 * @param sourceId its source id
 * @param duration episode duration in seconds, if known
 */
export function buildChapters(
  chapters: readonly ParsedChapter[],
  sourceId: string,
  duration: number | undefined,
): Chapter[] {
  const slugger = new UniqueSlugger();
  const valid = chapters
    .filter((c) => Number.isFinite(c.start) && c.title.trim().length > 0)
    .map((c, i) => ({ c, i }))
    .sort((x, y) => x.c.start - y.c.start || x.i - y.i)
    .map(({ c }) => c);
  return valid.map((c, k) => {
    const start = roundTime(c.start);
    const next = valid[k + 1];
    const end =
      c.end !== undefined && c.end > c.start
        ? roundTime(c.end)
        : next
          ? roundTime(Math.max(start, next.start))
          : duration !== undefined && duration > start
            ? roundTime(duration)
            : undefined;
    return {
      id: slugger.slug(c.title, "chapter"),
      title: c.title.trim(),
      start,
      ...(end !== undefined ? { end } : {}),
      ...(c.img !== undefined ? { img: c.img } : {}),
      ...(c.url !== undefined ? { url: c.url } : {}),
      ...(c.toc === false ? { toc: false as const } : {}),
      source: sourceId,
    };
  });
}

/** Heading of the show-notes list whose items become key points. */
const TAKEAWAYS = /\bkey\s+take-?aways?\b/i;

/**
 * Whether a show-notes block is the "Key Takeaways" list.
 * @param block a show-notes block
 */
export function isTakeaways(block: ShowNotesDoc["blocks"][number]): boolean {
  return block.kind === "list" && block.heading !== undefined && TAKEAWAYS.test(block.heading);
}
