import { readTimeAttribute } from "./read-time-attribute";
import type { TimeRange } from "../time/parse-time-param";
import { linkTimesForCues } from "../links/link-times-for-cues";

/** A text selection in the transcript, ready to quote. Times in seconds. */
export interface QuoteSelection {
  /** The selected words of each sentence, joined by spaces (no speaker names or timestamps). */
  text: string;
  /** Start of the first timed sentence selected. */
  start?: number;
  /** End of the last timed sentence selected (its start when it has no end). */
  end?: number;
  /**
   * The times of the link to exactly the selected timed sentences (see linkTimesForCues), judged
   * against every timed sentence of the transcript; undefined when none is timed.
   */
  link?: TimeRange;
  /** From the closest `[data-speaker-name]` of the first sentence. */
  speaker?: string;
  sentences: HTMLElement[];
}

/** The part of `range` inside `element`, as text. */
function selectedText(range: Range, element: HTMLElement): string {
  const part = element.ownerDocument.createRange();
  part.selectNodeContents(element);
  if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0)
    part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0)
    part.setEnd(range.endContainer, range.endOffset);
  return part.toString().replace(/\s+/g, " ").trim();
}

/**
 * Reads the current selection when it lies inside `transcript` and covers text of at least one
 * `[data-sentence]`; otherwise undefined. A sentence the range only touches (a triple-click
 * ending at the next paragraph) is not counted.
 */
export function readQuoteSelection(
  selection: Selection | null,
  transcript: Element,
): QuoteSelection | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!transcript.contains(range.startContainer) || !transcript.contains(range.endContainer))
    return undefined;
  const all = [...transcript.querySelectorAll<HTMLElement>("[data-sentence]")];
  const parts = all
    .filter((sentence) => range.intersectsNode(sentence))
    .map((sentence) => ({ sentence, text: selectedText(range, sentence) }))
    .filter((part) => part.text !== "");
  if (parts.length === 0) return undefined;
  const sentences = parts.map((part) => part.sentence);
  const timed = sentences.filter((s) => Number.isFinite(readTimeAttribute(s, "data-start")));
  const first = timed[0];
  const last = timed.at(-1);
  const lastEnd = last ? readTimeAttribute(last, "data-end") : Number.NaN;
  const speaker = sentences[0]?.closest("[data-speaker-name]")?.getAttribute("data-speaker-name")?.trim();
  return {
    text: parts.map((part) => part.text).join(" "),
    link: first && last ? linkToSentences(all, first, last) : undefined,
    start: first ? readTimeAttribute(first, "data-start") : undefined,
    end: last ? (Number.isFinite(lastEnd) ? lastEnd : readTimeAttribute(last, "data-start")) : undefined,
    speaker: speaker || undefined,
    sentences,
  };
}

/** The link times for the timed sentences `first`..`last` among `all` (reading order). */
function linkToSentences(all: readonly HTMLElement[], first: HTMLElement, last: HTMLElement): TimeRange {
  const timed = all.filter((s) => Number.isFinite(readTimeAttribute(s, "data-start")));
  const cues = timed.map((s) => ({
    start: readTimeAttribute(s, "data-start"),
    end: readTimeAttribute(s, "data-end"),
  }));
  return linkTimesForCues(cues, timed.indexOf(first), timed.indexOf(last));
}
