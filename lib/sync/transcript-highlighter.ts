import { createCueIndex, findActive, type CueIndex } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";
import { wrapSentenceWords } from "./wrap-sentence-words";
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

interface SectionCue {
  start: number;
  /** NaN when unknown: the section then lasts until the next one starts. */
  end: number;
  heading?: HTMLElement;
  links: HTMLElement[];
}

function collectSections(doc: ParentNode, transcript: ParentNode): SectionCue[] {
  const links = new Map<string, HTMLElement[]>();
  for (const link of doc.querySelectorAll<HTMLElement>("[data-section-link]")) {
    const id = link.dataset.sectionLink ?? "";
    links.set(id, [...(links.get(id) ?? []), link]);
  }
  const sections: SectionCue[] = [];
  const withHeading = new Set<string>();
  for (const heading of transcript.querySelectorAll<HTMLElement>("[data-section-start]")) {
    const start = readTimeAttribute(heading, "data-section-start");
    if (!Number.isFinite(start)) continue;
    if (heading.id) withHeading.add(heading.id);
    const end = readTimeAttribute(heading, "data-section-end");
    sections.push({ start, end, heading, links: links.get(heading.id) ?? [] });
  }
  for (const [id, group] of links) {
    const start = readTimeAttribute(group[0] as HTMLElement, "data-seek");
    if (!withHeading.has(id) && Number.isFinite(start))
      sections.push({ start, end: Number.NaN, links: group });
  }
  return sections;
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
  const sections = collectSections(doc, transcript);
  const sectionIndex = createCueIndex(
    sections.map((s) => s.start),
    sections.map(() => Number.NaN),
  );
  const wordIndexes = new WeakMap<HTMLElement, { words: HTMLElement[]; index: CueIndex }>();

  let activeSentence: HTMLElement | undefined;
  let activeWord: HTMLElement | undefined;
  let activeSection: SectionCue | undefined;
  let quoted: HTMLElement[] = [];

  const sentenceAt = (t: number) => {
    const i = findActive(sentenceIndex, t);
    return i >= 0 ? timed[i] : undefined;
  };

  const wordsOf = (sentence: HTMLElement) => {
    let entry = wordIndexes.get(sentence);
    if (!entry) {
      const words = wrapSentenceWords(sentence).filter((w) =>
        Number.isFinite(readTimeAttribute(w, "data-start")),
      );
      const index = createCueIndex(
        words.map((w) => readTimeAttribute(w, "data-start")),
        words.map((w) => readTimeAttribute(w, "data-end")),
      );
      entry = { words, index };
      wordIndexes.set(sentence, entry);
    }
    return entry;
  };

  const setWord = (word: HTMLElement | undefined) => {
    if (word === activeWord) return;
    activeWord?.removeAttribute("data-active");
    word?.setAttribute("data-active", "true");
    activeWord = word;
  };

  const setSection = (section: SectionCue | undefined) => {
    if (section === activeSection) return;
    activeSection?.heading?.removeAttribute("data-current");
    activeSection?.links.forEach((link) => link.removeAttribute("aria-current"));
    section?.heading?.setAttribute("data-current", "true");
    section?.links.forEach((link) => link.setAttribute("aria-current", "location"));
    activeSection = section;
  };

  const sectionAt = (t: number) => {
    const section = sections[findActive(sectionIndex, t)];
    return section && !(Number.isFinite(section.end) && t >= section.end) ? section : undefined;
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
      if (sentence) {
        const { words, index } = wordsOf(sentence);
        setWord(words[findActive(index, t)]);
      } else {
        setWord(undefined);
      }
      setSection(sectionAt(t));
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
      for (const sentence of timed) {
        const list = starts.get(sentence.id);
        if (list === undefined || sentence.hasAttribute("data-words")) continue;
        sentence.setAttribute("data-words", list);
        // Looked up before the list arrived: look again.
        if (wordIndexes.get(sentence)?.words.length === 0) wordIndexes.delete(sentence);
      }
    },
    clear() {
      activeSentence?.removeAttribute("aria-current");
      activeSentence = undefined;
      setWord(undefined);
      setSection(undefined);
      clearQuote();
    },
  };
}
