import type { Episode, Paragraph, Section, Turn } from "../model/episode-schema";

export type TranscriptBlock =
  | { kind: "section"; section: Section }
  | { kind: "turn"; turn: Turn; paragraphs: Paragraph[]; continued: boolean };

/**
 * Interleaves section headings with speaker turns in reading order. A section that starts
 * inside a turn splits the turn at the first paragraph at or after the section's start, so
 * headings sit between paragraphs; the rest of the turn is marked `continued`.
 */
export function buildTranscriptBlocks(episode: Pick<Episode, "transcript" | "sections">): TranscriptBlock[] {
  const sections = [...episode.sections].sort((a, b) => a.start - b.start);
  const blocks: TranscriptBlock[] = [];
  let next = 0;
  for (const turn of episode.transcript.turns) {
    let current: Paragraph[] = [];
    let continued = false;
    for (const paragraph of turn.paragraphs) {
      const start = paragraph.start;
      const due: Section[] = [];
      while (
        start !== undefined &&
        next < sections.length &&
        (sections[next]?.start ?? Infinity) <= start + 0.5
      ) {
        due.push(sections[next] as Section);
        next++;
      }
      if (due.length > 0) {
        if (current.length > 0) {
          blocks.push({ kind: "turn", turn, paragraphs: current, continued });
          continued = true;
        }
        current = [];
        for (const section of due) blocks.push({ kind: "section", section });
      }
      current.push(paragraph);
    }
    if (current.length > 0) blocks.push({ kind: "turn", turn, paragraphs: current, continued });
  }
  // Sections after the last timed paragraph (or in an untimed transcript) still get a heading.
  for (; next < sections.length; next++) blocks.push({ kind: "section", section: sections[next] as Section });
  return blocks;
}
