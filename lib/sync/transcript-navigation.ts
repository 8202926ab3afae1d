import { asElement } from "./as-element";
import { keepTextSelectable } from "./keep-text-selectable";
import { readTimeAttribute } from "./read-time-attribute";

const CONTROLS = "a, button, input, textarea, select, summary, audio, video, [role='button']";

/** The one sentence of the transcript in the tab order (a roving tabindex). */
export interface RovingSentence {
  set(sentence: HTMLElement | undefined): void;
}

export function createRovingSentence(first: HTMLElement | undefined): RovingSentence {
  let roving: HTMLElement | undefined;
  const set = (sentence: HTMLElement | undefined) => {
    if (!sentence || sentence === roving) return;
    if (roving) roving.tabIndex = -1;
    sentence.tabIndex = 0;
    roving = sentence;
  };
  set(first);
  return { set };
}

export interface TranscriptNavigationOptions {
  win: Window;
  transcript: HTMLElement;
  /** The transcript's sentences, in order (asked for on the first arrow key: built in idle time). */
  sentences: () => readonly HTMLElement[];
  roving: RovingSentence;
  /** Plays from `t` (s) without scrolling: the reader is looking at that sentence already. */
  playFrom: (t: number) => void;
}

/**
 * Click or Enter on a sentence plays from it; ↑/↓ move between sentences; the sentence focused
 * becomes the roving one. Returns the function that removes the listeners.
 */
export function listenToTranscript(options: TranscriptNavigationOptions): () => void {
  const { win, transcript, sentences, roving, playFrom } = options;
  const sentenceOf = (target: EventTarget | null) => {
    const sentence = asElement(target)?.closest<HTMLElement>("[data-sentence]");
    return sentence && transcript.contains(sentence) ? sentence : undefined;
  };

  const onClick = (event: MouseEvent) => {
    const sentence = sentenceOf(event.target);
    if (!sentence || event.defaultPrevented || asElement(event.target)?.closest(CONTROLS)) return;
    // A click that ends a text selection is the reader quoting, not seeking.
    if (win.getSelection()?.isCollapsed === false) return;
    const start = readTimeAttribute(sentence, "data-start");
    if (Number.isFinite(start)) playFrom(start);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const sentence = sentenceOf(event.target);
    if (!sentence || event.target !== sentence || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Enter") {
      const start = readTimeAttribute(sentence, "data-start");
      if (!Number.isFinite(start)) return;
      event.preventDefault();
      playFrom(start);
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      const all = sentences();
      const next = all[all.indexOf(sentence) + (event.key === "ArrowUp" ? -1 : 1)];
      if (!next) return;
      event.preventDefault();
      roving.set(next);
      next.focus();
    }
  };

  const onFocusIn = (event: FocusEvent) => roving.set(sentenceOf(event.target));

  const stopKeepingSelectable = keepTextSelectable(transcript);
  transcript.addEventListener("click", onClick);
  transcript.addEventListener("keydown", onKeyDown);
  transcript.addEventListener("focusin", onFocusIn);
  return () => {
    stopKeepingSelectable();
    transcript.removeEventListener("click", onClick);
    transcript.removeEventListener("keydown", onKeyDown);
    transcript.removeEventListener("focusin", onFocusIn);
  };
}
