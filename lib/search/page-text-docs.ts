import type { Episode } from "../model/episode-schema";
import type { SearchDoc } from "./search-doc";

/** Element id of the summary's item `i` in the episode page (so a hit can be marked and shown). */
export const summaryItemId = (i: number) => `summary-${i}`;
/** Element id of item `j` of the show notes' block `i`. */
export const blockItemId = (i: number, j: number) => `block-${i}-${j}`;
/** Element id of the heading of the show notes' block `i`. */
export const blockHeadingId = (i: number) => `block-${i}-heading`;

/**
 * The rest of what the episode page shows in words, beside the transcript, notes and chapters:
 * the summary, the key points and the show notes (their headings, paragraphs and list items:
 * description, questions, links). Each is a document with the id of its element in the page.
 * Untimed: they say what the episode is about, not when.
 */
export function buildPageTextDocs(episode: Episode): SearchDoc[] {
  const docs: SearchDoc[] = [];
  episode.summary.forEach((text, i) => {
    if (text.trim()) docs.push({ id: summaryItemId(i), kind: "summary", text });
  });
  for (const point of episode.keyPoints)
    if (point.text.trim()) docs.push({ id: point.id, kind: "key-point", text: point.text });
  episode.blocks.forEach((block, i) => {
    if (block.heading?.trim()) docs.push({ id: blockHeadingId(i), kind: "block", text: block.heading });
    block.items.forEach((text, j) => {
      if (text.trim()) docs.push({ id: blockItemId(i, j), kind: "block", text });
    });
  });
  return docs;
}
