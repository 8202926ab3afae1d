import { buildWhenIdle, type IdleScheduler } from "./build-when-idle";
import { createCueIndex, findActive, type CueIndex } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";
import { createSectionMarker, type SectionMarker } from "./section-marker";
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
  /** Every sentence element, timed or not, in reading order (reading it finishes the index). */
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

interface SentenceIndex {
  sections: SectionMarker;
  sentences: HTMLElement[];
  timed: HTMLElement[];
  starts: number[];
  cues: CueIndex;
}

/** How many sentences one idle slice reads (a few ms on a slow phone). */
const SLICE = 200;

/** Reads every sentence's times, yielding between slices (see buildWhenIdle). */
function* indexTranscript(doc: ParentNode, transcript: ParentNode): Generator<void, SentenceIndex, void> {
  const sections = createSectionMarker(doc, transcript);
  yield;
  const sentences = [...transcript.querySelectorAll<HTMLElement>("[data-sentence]")];
  const timed: HTMLElement[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    const sentence = sentences[i] as HTMLElement;
    const start = readTimeAttribute(sentence, "data-start");
    if (!Number.isFinite(start)) continue;
    timed.push(sentence);
    starts.push(start);
    ends.push(readTimeAttribute(sentence, "data-end"));
  }
  yield;
  return { sections, sentences, timed, starts, cues: createCueIndex(starts, ends) };
}

/** Never runs: the index is then built when first needed. */
const onDemand: IdleScheduler = () => () => {};

/**
 * Builds the indexes once (sentences, sections; words lazily per sentence). The sentence and
 * section indexes are read in idle slices when `schedule` is given (a three-hour transcript has thousands of
 * sentences: reading them all at once is a long task while the page loads), else when first needed;
 * anything that needs it earlier finishes it at once.
 */
export function createTranscriptHighlighter(
  doc: ParentNode,
  transcript: ParentNode,
  schedule: IdleScheduler = onDemand,
): TranscriptHighlighter {
  const index = buildWhenIdle(indexTranscript(doc, transcript), schedule);
  const words = createWordMarker();

  let activeSentence: HTMLElement | undefined;
  let quoted: HTMLElement[] = [];

  const sentenceAt = (t: number) => {
    const { cues, timed } = index.get();
    const i = findActive(cues, t);
    return i >= 0 ? timed[i] : undefined;
  };

  const clearQuote = () => {
    quoted.forEach((s) => s.removeAttribute("data-quote"));
    quoted = [];
  };

  return {
    get sentences() {
      return index.get().sentences;
    },
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
      index.get().sections.update(t);
      return sentence;
    },
    markQuote(start, end) {
      clearQuote();
      const { starts, timed } = index.get();
      quoted = resolveLinkedCues(starts, { start, end }).flatMap((i) => timed[i] ?? []);
      quoted.forEach((s) => s.setAttribute("data-quote", "true"));
      return quoted;
    },
    clearQuote,
    addWordStarts(starts) {
      words.addWordStarts(starts);
    },
    clear() {
      index.cancel();
      activeSentence?.removeAttribute("aria-current");
      activeSentence = undefined;
      words.update(undefined, Number.NaN);
      if (index.done) index.get().sections.clear();
      clearQuote();
    },
  };
}
