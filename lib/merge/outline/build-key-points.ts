import type { KeyPoint, Section, Turn } from "../../model/episode-schema";
import type { PickedSources } from "../pick-sources";
import { isTakeaways } from "./build-notes";
import { supportKeyPoints, type SupportCandidate } from "./support-key-points";

/**
 * Key points: the summary page's, then the show notes' "Key Takeaways" items,
 * ids `kp-1`, `kp-2`, … in that order, each with the transcript passages that
 * support it (best ≤ 3, preferring a section's discussion over a passing
 * mention; empty without a transcript).
 * @param picked the chosen sources
 * @param turns the main transcript turns
 * @param sections the episode's sections (their titles and descriptions say what each is about)
 */
export function buildKeyPoints(
  picked: PickedSources,
  turns: readonly Turn[],
  sections: readonly Section[] = [],
): KeyPoint[] {
  const points: Array<{ text: string; source: string }> = [];
  for (const kp of picked.summary?.doc.keyPoints ?? []) {
    const text = kp.text.replace(/\s+/gu, " ").trim();
    if (text && picked.summary) points.push({ text, source: picked.summary.id });
  }
  for (const block of picked.showNotes?.doc.blocks ?? []) {
    if (!isTakeaways(block) || !picked.showNotes) continue;
    for (const item of block.items) {
      const text = item.replace(/\s+/gu, " ").trim();
      if (text) points.push({ text, source: picked.showNotes.id });
    }
  }
  if (points.length === 0) return [];
  const sentences: SupportCandidate[] = [];
  for (const t of turns)
    for (const p of t.paragraphs)
      for (const s of p.sentences)
        sentences.push({ id: s.id, text: s.text, ...(s.start !== undefined ? { start: s.start } : {}) });
  const topics = sections.map((s) => ({
    text: s.description ? `${s.title} ${s.description}` : s.title,
    start: s.start,
    end: s.end,
  }));
  const support = supportKeyPoints(
    points.map((p) => p.text),
    sentences,
    topics,
  );
  return points.map((p, i) => ({
    id: `kp-${i + 1}`,
    text: p.text,
    support: support[i] ?? [],
    source: p.source,
  }));
}
