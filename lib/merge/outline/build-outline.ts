import type { Block, Chapter, KeyPoint, Note, Section, Turn } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import { IDENTITY } from "../clock/linear-clock";
import type { PickedSources } from "../pick-sources";
import type { UsedLog } from "../used-log";
import { buildBlocks, buildSummary, withoutSummaryRepeats } from "./build-blocks";
import { buildKeyPoints } from "./build-key-points";
import { buildChapters, buildNotes } from "./build-notes";
import { buildSections } from "./build-sections";

/** What {@link buildOutline} reads. */
export interface OutlineInput {
  picked: PickedSources;
  manifest: Manifest | undefined;
  /** The main transcript turns (key points find their support there). */
  turns: readonly Turn[];
  /** Episode duration in seconds, if known (the last section and chapter end there). */
  duration: number | undefined;
  log: UsedLog;
}

/** Everything around the transcript that orients a reader. */
export interface Outline {
  sections: Section[];
  keyPoints: KeyPoint[];
  notes: Note[];
  chapters: Chapter[];
  summary: string[];
  blocks: Block[];
}

/**
 * The outline stage: sections (summary page, on the page's own video clock,
 * which is the episode clock), key points with their supporting passages,
 * timestamped notes, show-notes chapters, the summary and the show notes'
 * other blocks (minus what repeats the summary). Records each on its source.
 * @param input the chosen sources, manifest, transcript turns, duration and used log
 */
export function buildOutline({ picked, manifest, turns, duration, log }: OutlineInput): Outline {
  const summaryPage = picked.summary;
  const sections = summaryPage
    ? buildSections({ doc: summaryPage.doc, sourceId: summaryPage.id, duration, clock: IDENTITY })
    : [];
  if (sections.length > 0 && summaryPage) log.add(summaryPage.id, "sections");
  const keyPoints = buildKeyPoints(picked, turns, sections);
  for (const kp of keyPoints) log.add(kp.source, "key points");
  const notes = picked.notes ? buildNotes(picked.notes.doc, picked.notes.id) : [];
  if (notes.length > 0 && picked.notes) log.add(picked.notes.id, "notes");
  const chapters = picked.showNotes ? buildChapters(picked.showNotes.doc, picked.showNotes.id, duration) : [];
  if (chapters.length > 0 && picked.showNotes) log.add(picked.showNotes.id, "chapters");
  const summary = buildSummary(picked, manifest, log);
  const blocks = withoutSummaryRepeats(buildBlocks(picked), summary);
  for (const b of blocks) log.add(b.source, "blocks");
  return { sections, keyPoints, notes, chapters, summary, blocks };
}
