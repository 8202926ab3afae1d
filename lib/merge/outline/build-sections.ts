import type { Section } from "../../model/episode-schema";
import type { SummaryPageDoc } from "../../parse/types";
import { roundTime } from "../../time/round-time";
import { UniqueSlugger } from "../../model/slugify";
import type { LinearClock } from "../clock/linear-clock";

/** What {@link buildSections} reads. */
export interface SectionsInput {
  /** The summary page. */
  doc: SummaryPageDoc;
  /** Its source id. */
  sourceId: string;
  /** Episode duration in seconds, if known. */
  duration: number | undefined;
  /** Summary (video) clock → episode clock. */
  clock: LinearClock;
}

/**
 * Sections of a summary page, sorted by start: id = unique github-slugger slug
 * of the title, start mapped through `clock`, end = next section's start, the
 * last one ends at `duration` (or its own start when unknown). Seconds, ms-rounded.
 * @param input the summary page, its source id, the episode duration and the page's clock
 */
export function buildSections({ doc, sourceId, duration, clock }: SectionsInput): Section[] {
  const slugger = new UniqueSlugger();
  const valid = doc.sections
    .filter((s) => Number.isFinite(s.start) && s.title.trim().length > 0)
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s.start - y.s.start || x.i - y.i)
    .map(({ s }) => s);
  return valid.map((s, k) => {
    const start = roundTime(clock.rate * s.start + clock.offset);
    const next = valid[k + 1];
    const nextStart = next ? clock.rate * next.start + clock.offset : duration;
    const end = roundTime(Math.max(start, nextStart ?? start));
    const description = s.description.trim();
    return {
      id: slugger.slug(s.title, "section"),
      title: s.title.trim(),
      ...(description ? { description } : {}),
      start,
      end,
      source: sourceId,
    };
  });
}
