import type {
  Block,
  Chapter,
  EpisodeWarning,
  KeyPoint,
  Note,
  Section,
  Turn,
} from "../../model/episode-schema";
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
  /** The merge's warnings, appended to. */
  warnings: EpisodeWarning[];
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
 * timestamped notes, chapters (a JSON chapters file's, else the show notes'), the summary and the show notes'
 * other blocks (minus what repeats the summary). Records each on its source.
 * @param input the chosen sources, manifest, transcript turns, duration and used log
 */
export function buildOutline({ picked, manifest, turns, duration, log, warnings }: OutlineInput): Outline {
  const summaryPage = picked.summary;
  const sections = summaryPage
    ? buildSections({ doc: summaryPage.doc, sourceId: summaryPage.id, duration, clock: IDENTITY })
    : [];
  if (sections.length > 0 && summaryPage) log.add(summaryPage.id, "sections");
  const keyPoints = buildKeyPoints(picked, turns, sections);
  for (const kp of keyPoints) log.add(kp.source, "key points");
  const notes = picked.notes ? buildNotes(picked.notes.doc, picked.notes.id) : [];
  if (notes.length > 0 && picked.notes) log.add(picked.notes.id, "notes");
  // A chapters file is made for chapters (ends, images, pages): it wins over the show notes' list.
  const chapterSource = picked.chapters ?? picked.showNotes;
  const chapters = chapterSource ? buildChapters(chapterSource.doc.chapters, chapterSource.id, duration) : [];
  if (chapters.length > 0 && chapterSource) log.add(chapterSource.id, "chapters");
  if (picked.chapters && picked.showNotes && picked.showNotes.doc.chapters.length > 0)
    warnings.push({
      source: picked.showNotes.id,
      message: `Chapters not used: the chapters file ${picked.chapters.id} gives the chapters`,
    });
  const summary = buildSummary(picked, manifest, log);
  const blocks = withoutSummaryRepeats(buildBlocks(picked), summary);
  for (const b of blocks) log.add(b.source, "blocks");
  return { sections, keyPoints, notes, chapters, summary, blocks };
}
