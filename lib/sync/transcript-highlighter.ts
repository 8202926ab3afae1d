import { createCueIndex, findActive } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";
import { createSectionMarker } from "./section-marker";
import { createWordMarker } from "./word-marker";
import { resolveLinkedCues } from "../links/resolve-linked-cues";

/**
 * Marks where playback is in a server-rendered transcript, touching only the elements that
 * change: the sentence (`aria-current="true"`), the word inside it (`data-active`), the section
 * heading (`data-current`) and its nav links (`aria-current="location"`). Times are seconds.
 *
 * DOM contract: sentences are `[data-sentence]` with `data-start`/`data-end`; words inside them
 * are `[data-w][data-start]`, made on demand from `data-words` (see wrap-sentence-words), which
 * {@link TranscriptHighlighter.addWordStarts} sets once the word times have arrived; section
 * headings inside the transcript carry `data-section-start`
 * (and `data-section-end`) and an `id`; nav links are `[data-section-link="<id>"]`, with
 * `data-seek` used as the start of a section that has no heading (chapters).
 */
export interface TranscriptHighlighter {
  /** Every sentence element, timed or not, in reading order. */
  readonly sentences: readonly HTMLElement[];
  /** The sentence marked current, if any. */
  readonly activeSentence: HTMLElement | undefined;
  /** The sentence active at `t` (s), without marking it. */
  sentenceAt(t: number): HTMLElement | undefined;
  /** Marks the sentence, word and section at `t` (s); returns the current sentence. */
  update(t: number): HTMLElement | undefined;
  /**
   * Sets `data-quote` on the sentences the link `t=start,end` (s) selects, by the rule the quote
   * card uses too (`resolveLinkedCues`); returns them in reading order.
   */
  markQuote(start: number, end: number): HTMLElement[];
  clearQuote(): void;
  /**
   * Gives sentences their word starts (sentence id → encoded list, see lib/view/word-starts);
   * the next `update` marks words. Sentences that already have a list keep it.
   */
  addWordStarts(starts: ReadonlyMap<string, string>): void;
  /** Removes every mark this highlighter set. */
  clear(): void;
}

/** Builds the indexes once (sentences, sections; words lazily per sentence). */
export function createTranscriptHighlighter(doc: ParentNode, transcript: ParentNode): TranscriptHighlighter {
  const sentences = [...transcript.querySelectorAll<HTMLElement>("[data-sentence]")];
  const timed = sentences.filter((s) => Number.isFinite(readTimeAttribute(s, "data-start")));
  const starts = timed.map((s) => readTimeAttribute(s, "data-start"));
  const sentenceIndex = createCueIndex(
    starts,
    timed.map((s) => readTimeAttribute(s, "data-end")),
  );
  const sections = createSectionMarker(doc, transcript);
  const words = createWordMarker();

  let activeSentence: HTMLElement | undefined;
  let quoted: HTMLElement[] = [];

  const sentenceAt = (t: number) => {
    const i = findActive(sentenceIndex, t);
    return i >= 0 ? timed[i] : undefined;
  };

  const clearQuote = () => {
    quoted.forEach((s) => s.removeAttribute("data-quote"));
    quoted = [];
  };

  return {
    sentences,
    get activeSentence() {
      return activeSentence;
    },
    sentenceAt,
    update(t) {
      const sentence = sentenceAt(t);
      if (sentence !== activeSentence) {
        activeSentence?.removeAttribute("aria-current");
        sentence?.setAttribute("aria-current", "true");
        activeSentence = sentence;
      }
      words.update(sentence, t);
      sections.update(t);
      return sentence;
    },
    markQuote(start, end) {
      clearQuote();
      quoted = resolveLinkedCues(starts, { start, end }).flatMap((i) => timed[i] ?? []);
      quoted.forEach((s) => s.setAttribute("data-quote", "true"));
      return quoted;
    },
    clearQuote,
    addWordStarts(starts) {
      words.addWordStarts(starts);
    },
    clear() {
      activeSentence?.removeAttribute("aria-current");
      activeSentence = undefined;
      words.update(undefined, Number.NaN);
      sections.clear();
      clearQuote();
    },
  };
}
