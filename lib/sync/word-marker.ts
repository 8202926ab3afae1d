import { createCueIndex, findActive, type CueIndex } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";
import { wrapSentenceWords } from "./wrap-sentence-words";

/** Marks the word playing (`data-active`) inside the current sentence. */
export interface WordMarker {
  /** Marks the word of `sentence` at `t` (s); none without a sentence. */
  update(sentence: HTMLElement | undefined, t: number): void;
  /** Gives `sentences` their word starts (sentence id → encoded list); a list set already stays. */
  addWordStarts(sentences: readonly HTMLElement[], starts: ReadonlyMap<string, string>): void;
}

/** Words are wrapped and indexed lazily, once per sentence, when it first plays. */
export function createWordMarker(): WordMarker {
  const indexes = new WeakMap<HTMLElement, { words: HTMLElement[]; index: CueIndex }>();
  let active: HTMLElement | undefined;

  const wordsOf = (sentence: HTMLElement) => {
    let entry = indexes.get(sentence);
    if (!entry) {
      const words = wrapSentenceWords(sentence).filter((w) =>
        Number.isFinite(readTimeAttribute(w, "data-start")),
      );
      const index = createCueIndex(
        words.map((w) => readTimeAttribute(w, "data-start")),
        words.map((w) => readTimeAttribute(w, "data-end")),
      );
      entry = { words, index };
      indexes.set(sentence, entry);
    }
    return entry;
  };

  const set = (word: HTMLElement | undefined) => {
    if (word === active) return;
    active?.removeAttribute("data-active");
    word?.setAttribute("data-active", "true");
    active = word;
  };

  return {
    update(sentence, t) {
      if (!sentence) return set(undefined);
      const { words, index } = wordsOf(sentence);
      set(words[findActive(index, t)]);
    },
    addWordStarts(sentences, starts) {
      for (const sentence of sentences) {
        const list = starts.get(sentence.id);
        if (list === undefined || sentence.hasAttribute("data-words")) continue;
        sentence.setAttribute("data-words", list);
        // Looked up before the list arrived: look again.
        if (indexes.get(sentence)?.words.length === 0) indexes.delete(sentence);
      }
    },
  };
}
