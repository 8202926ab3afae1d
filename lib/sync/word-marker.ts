import { createCueIndex, findActive, type CueIndex } from "./cue-index";
import { readTimeAttribute } from "./read-time-attribute";
import { wrapSentenceWords } from "./wrap-sentence-words";

/** Marks the word playing (`data-active`) inside the current sentence. */
export interface WordMarker {
  /** Marks the word of `sentence` at `t` (s); none without a sentence. */
  update(sentence: HTMLElement | undefined, t: number): void;
  /** Gives sentences their word starts (sentence id → encoded list); a list set already stays. */
  addWordStarts(starts: ReadonlyMap<string, string>): void;
}

/**
 * Words are wrapped and indexed lazily, once per sentence, when it first plays; a sentence gets
 * its word list (`data-words`) then too, not when the lists arrive: writing thousands of
 * attributes at once (a three-hour transcript) blocked the page for a long task.
 */
export function createWordMarker(): WordMarker {
  const indexes = new WeakMap<HTMLElement, { words: HTMLElement[]; index: CueIndex }>();
  // Sentences looked up before their list arrived (no words): looked up again once it has.
  const wordless = new Set<HTMLElement>();
  let lists: ReadonlyMap<string, string> = new Map();
  let active: HTMLElement | undefined;

  const wordsOf = (sentence: HTMLElement) => {
    let entry = indexes.get(sentence);
    if (!entry) {
      const list = lists.get(sentence.id);
      if (list !== undefined && !sentence.hasAttribute("data-words"))
        sentence.setAttribute("data-words", list);
      const words = wrapSentenceWords(sentence).filter((w) =>
        Number.isFinite(readTimeAttribute(w, "data-start")),
      );
      const index = createCueIndex(
        words.map((w) => readTimeAttribute(w, "data-start")),
        words.map((w) => readTimeAttribute(w, "data-end")),
      );
      entry = { words, index };
      indexes.set(sentence, entry);
      if (words.length === 0) wordless.add(sentence);
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
    addWordStarts(starts) {
      lists = lists.size === 0 ? starts : new Map([...starts, ...lists]);
      for (const sentence of wordless) {
        if (!starts.has(sentence.id) || sentence.hasAttribute("data-words")) continue;
        indexes.delete(sentence);
        wordless.delete(sentence);
      }
    },
  };
}
