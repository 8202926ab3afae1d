import type { Block } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import { isTakeaways } from "./build-notes";
import type { PickedSources } from "../pick-sources";
import type { UsedLog } from "../used-log";

/**
 * Free-form blocks: the notes page's preamble lines (one paragraph block), then
 * every show-notes block except the "Key Takeaways" list (which become key points).
 * @param picked the chosen sources
 */
export function buildBlocks(picked: PickedSources): Block[] {
  const blocks: Block[] = [];
  const preamble = (picked.notes?.doc.preamble ?? []).map((l) => l.trim()).filter((l) => l !== "");
  if (picked.notes && preamble.length > 0)
    blocks.push({ kind: "paragraph", items: preamble, source: picked.notes.id });
  for (const b of picked.showNotes?.doc.blocks ?? []) {
    if (isTakeaways(b) || !picked.showNotes) continue;
    const block: Block = { kind: b.kind, items: [...b.items], source: picked.showNotes.id };
    if (b.heading !== undefined) block.heading = b.heading;
    blocks.push(block);
  }
  return blocks;
}

/** Text compared for repeats: whitespace collapsed, case folded. */
const comparable = (text: string): string => text.replace(/\s+/gu, " ").trim().toLocaleLowerCase("en");

/**
 * The blocks without the items the summary already shows (the header shows the summary, so a
 * source that gives its description both as summary and as body must not be read twice). A block
 * left with no items goes; its heading, if any, goes with it.
 * @param blocks the free-form blocks
 * @param summary the episode summary
 */
export function withoutSummaryRepeats(blocks: readonly Block[], summary: readonly string[]): Block[] {
  const shown = new Set(summary.map(comparable));
  return blocks.flatMap((block) => {
    const items = block.items.filter((item) => !shown.has(comparable(item)));
    if (items.length === block.items.length) return [block];
    return items.length > 0 ? [{ ...block, items }] : [];
  });
}

/**
 * The episode summary: the summary page's bullets, else the show notes'
 * description paragraphs, else the manifest description (whitespace collapsed).
 * @param picked the chosen sources
 * @param manifest the manifest, if any
 * @param log records "summary" on the source used
 */
export function buildSummary(picked: PickedSources, manifest: Manifest | undefined, log: UsedLog): string[] {
  const clean = (items: readonly string[]): string[] =>
    items.map((s) => s.replace(/\s+/gu, " ").trim()).filter((s) => s !== "");
  const bullets = clean(picked.summary?.doc.summary ?? []);
  if (bullets.length > 0 && picked.summary) {
    log.add(picked.summary.id, "summary");
    return bullets;
  }
  if (picked.showNotes) {
    const paragraphs = clean(
      picked.showNotes.doc.blocks.filter((b) => b.kind === "paragraph").flatMap((b) => b.items),
    );
    if (paragraphs.length > 0) {
      log.add(picked.showNotes.id, "summary");
      return paragraphs;
    }
  }
  const description = manifest?.description?.trim();
  return description ? [description] : [];
}
