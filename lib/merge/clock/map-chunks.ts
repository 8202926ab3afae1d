import type { TimedChunk } from "../../parse/types";
import { matchWords, type MatchableWord } from "../align/match-words";
import { splitWords } from "../text/split-words";

/** Where a summary-page chunk starts in the clean words. */
export interface ChunkAnchor {
  /** Index of the chunk in the summary page. */
  chunk: number;
  /** Index of the clean word where the chunk starts (first matched word of the chunk). */
  word: number;
  /** The chunk's start, seconds on the video clock. */
  start: number;
  /** True when the chunk's very first word is the matched one (its time is the chunk start). */
  exact: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Remove `Name:` speaker labels of known speakers from a chunk's text.
 * @param text chunk text with labels in place
 * @param names speaker names seen in the clean text
 */
export function stripLabels(text: string, names: readonly string[]): string {
  return labelPattern(names)?.[Symbol.replace](text, "$1") ?? text;
}

/**
 * The regular expression matching `Name:` labels of the given names (undefined when none).
 * @param names speaker names
 */
function labelPattern(names: readonly string[]): RegExp | undefined {
  const usable = names.filter((n) => n.trim() !== "");
  if (usable.length === 0) return undefined;
  const alternatives = [...usable].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).map(escapeRegExp);
  return new RegExp(`(^|\\s)(?:${alternatives.join("|")}):(?:\\s+|$)`, "gu");
}

/**
 * Locate every summary chunk in the clean words by aligning the chunks' words
 * (labels removed) to them. Chunks with no matched word get no anchor. Anchors
 * are in chunk order and non-decreasing in `word`.
 * @param chunks the summary page's chunks (video seconds)
 * @param names speaker names to strip as labels
 * @param clean the clean words (notes are never matched)
 */
export function mapChunks(
  chunks: readonly TimedChunk[],
  names: readonly string[],
  clean: readonly MatchableWord[],
): ChunkAnchor[] {
  const words: MatchableWord[] = [];
  const chunkOf: number[] = [];
  const pattern = labelPattern(names);
  chunks.forEach((chunk, k) => {
    for (const piece of splitWords(pattern ? chunk.text.replace(pattern, "$1") : chunk.text)) {
      words.push(piece);
      chunkOf.push(k);
    }
  });
  if (words.length === 0 || clean.length === 0) return [];
  const match = matchWords(clean, words);
  const anchors: ChunkAnchor[] = [];
  let firstTokenOfChunk = -1;
  let lastChunk = -1;
  const found = new Set<number>();
  match.right.tokens.forEach((_, t) => {
    const chunk = chunkOf[match.right.wordOf[t] ?? 0] ?? 0;
    if (chunk !== lastChunk) {
      lastChunk = chunk;
      firstTokenOfChunk = t;
    }
    if (found.has(chunk)) return;
    const left = match.reverseMap[t] ?? -1;
    if (left < 0) return;
    found.add(chunk);
    const start = chunks[chunk]?.start;
    if (start === undefined || !Number.isFinite(start)) return;
    anchors.push({ chunk, word: match.left.wordOf[left] ?? 0, start, exact: t === firstTokenOfChunk });
  });
  return anchors;
}
