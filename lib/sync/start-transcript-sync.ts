import type { TimeRange } from "../time/parse-time-param";
import type { LinkLocation } from "../links/has-link-params";
import { createFollowMode } from "./follow-mode";
import { createTranscriptHighlighter, type TranscriptHighlighter } from "./transcript-highlighter";
import { readTimeAttribute } from "./read-time-attribute";
import { createShortcutHandler } from "./shortcut-handler";
import { asElement } from "./as-element";
import { keepTextSelectable } from "./keep-text-selectable";

/** The playback the page controls (the player store satisfies it). Times in seconds. */
export interface PlaybackControls {
  subscribe(listener: () => void): () => void;
  getSnapshot(): { time: number; paused: boolean; positioned: boolean };
  requestSeek(t: number, options: { play: boolean }): void;
  togglePlay(): void;
}

export interface TranscriptSyncOptions {
  win: Window;
  store: PlaybackControls;
  /** The episode's duration (s), when known: bounds seeks by shortcut. */
  duration?: number;
  onFollowChange: (following: boolean) => void;
  onToggleHelp: () => void;
  isHelpOpen: () => boolean;
  /**
   * Loads the word starts (sentence id → encoded list), called once, when playback first has a
   * position: readers who never play never download them. Without it, only sentences follow.
   */
  loadWordStarts?: () => Promise<ReadonlyMap<string, string>>;
  /**
   * Reads and validates the deep-linked time of a location (`?t=` then `#t=`; seconds, within the
   * episode). Asynchronous so the page can load its validator only when a link carries one.
   */
  readDeepLink: (location: LinkLocation) => Promise<TimeRange | undefined>;
}

export interface TranscriptSync {
  /** Follows again and brings the current sentence back into view (the "Back to now" button). */
  backToNow(): void;
  destroy(): void;
}

const CONTROLS = "a, button, input, textarea, select, summary, audio, video, [role='button']";

/**
 * Wires the transcript (`#transcript`) to playback with direct DOM updates, no re-render per
 * tick: highlight on every time update, follow mode, click/Enter on a sentence to play from it,
 * ↑/↓ between sentences (roving tabindex), clicks on `[data-seek]` links, the global shortcuts
 * and `?t=` / `#t=` deep links. Works without a transcript too (shortcuts, links, deep links).
 */
export function startTranscriptSync(options: TranscriptSyncOptions): TranscriptSync {
  const { win, store, duration } = options;
  const doc = win.document;
  const transcript = doc.getElementById("transcript");
  const highlighter: TranscriptHighlighter | undefined = transcript
    ? createTranscriptHighlighter(doc, transcript)
    : undefined;
  const follow = createFollowMode({
    win,
    isPlaying: () => !store.getSnapshot().paused,
    onChange: options.onFollowChange,
  });
  /** Bring the current sentence into view at the next update ("instant" for a deep link on load). */
  let revealNext: false | "smooth" | "instant" = false;
  let roving: HTMLElement | undefined;
  let lastTime = Number.NaN;
  let lastPaused = true;
  let wordsRequested = false;
  let destroyed = false;

  const setRoving = (sentence: HTMLElement | undefined) => {
    if (!sentence || sentence === roving) return;
    if (roving) roving.tabIndex = -1;
    sentence.tabIndex = 0;
    roving = sentence;
  };
  setRoving(highlighter?.sentences[0]);

  const requestWordStarts = () => {
    const load = options.loadWordStarts;
    if (wordsRequested || !highlighter || !load) return;
    wordsRequested = true;
    load().then(
      (starts) => {
        if (destroyed) return;
        highlighter.addWordStarts(starts);
        lastTime = Number.NaN;
        onStore();
      },
      () => {
        // Word marks are an extra: sentences keep following without them.
      },
    );
  };

  const onStore = () => {
    const snapshot = store.getSnapshot();
    if (snapshot.paused !== lastPaused) {
      lastPaused = snapshot.paused;
      if (!snapshot.paused && follow.following) revealNext ||= "smooth";
    }
    if (!highlighter || !snapshot.positioned || (snapshot.time === lastTime && !revealNext)) return;
    requestWordStarts();
    lastTime = snapshot.time;
    const before = highlighter.activeSentence;
    const active = highlighter.update(snapshot.time);
    if (!active) return;
    if (active !== before && !transcript?.contains(doc.activeElement)) setRoving(active);
    if (follow.following && (revealNext || (active !== before && !snapshot.paused))) {
      follow.reveal(active, { instant: revealNext === "instant" });
      revealNext = false;
    }
  };
  const unsubscribe = store.subscribe(onStore);
  onStore(); // a remount picks up where playback is

  const seekTo = (t: number, play: boolean, reveal: false | "smooth" | "instant" = "smooth") => {
    follow.resume();
    revealNext = reveal;
    store.requestSeek(t, { play });
  };

  // Reads finish out of order when the hash changes quickly: only the latest one is applied.
  let deepLinkRead = 0;
  const followDeepLink = (location: LinkLocation) => {
    const read = ++deepLinkRead;
    options.readDeepLink(location).then(
      (range) => !destroyed && read === deepLinkRead && applyDeepLink(range),
      () => {}, // An unreadable link is no link: the page opens at the start.
    );
  };
  const applyDeepLink = (range: TimeRange | undefined) => {
    if (!range) return;
    highlighter?.clearQuote();
    seekTo(range.start, false, "instant");
    if (range.end !== undefined) highlighter?.markQuote(range.start, range.end);
  };

  const sentenceOf = (target: EventTarget | null) => {
    const sentence = asElement(target)?.closest<HTMLElement>("[data-sentence]");
    return sentence && transcript?.contains(sentence) ? sentence : undefined;
  };

  const onTranscriptClick = (event: MouseEvent) => {
    const sentence = sentenceOf(event.target);
    if (!sentence || event.defaultPrevented || asElement(event.target)?.closest(CONTROLS)) return;
    // A click that ends a text selection is the reader quoting, not seeking.
    if (win.getSelection()?.isCollapsed === false) return;
    const start = readTimeAttribute(sentence, "data-start");
    if (Number.isFinite(start)) seekTo(start, true, false);
  };

  const onTranscriptKeyDown = (event: KeyboardEvent) => {
    const sentence = sentenceOf(event.target);
    if (
      !highlighter ||
      !sentence ||
      event.target !== sentence ||
      event.altKey ||
      event.ctrlKey ||
      event.metaKey
    )
      return;
    if (event.key === "Enter") {
      const start = readTimeAttribute(sentence, "data-start");
      if (!Number.isFinite(start)) return;
      event.preventDefault();
      seekTo(start, true, false);
    } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      const all = highlighter.sentences;
      const next = all[all.indexOf(sentence) + (event.key === "ArrowUp" ? -1 : 1)];
      if (!next) return;
      event.preventDefault();
      setRoving(next);
      next.focus();
    }
  };

  const onFocusIn = (event: FocusEvent) => setRoving(sentenceOf(event.target));

  const onSeekLinkClick = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = asElement(event.target)?.closest<HTMLElement>("[data-seek]");
    const t = link ? readTimeAttribute(link, "data-seek") : Number.NaN;
    if (!link || !Number.isFinite(t)) return;
    if ((link.getAttribute("href") ?? "").startsWith("#")) {
      // The browser jumps to the anchor (a section, a passage); playback moves along without starting.
      follow.expectScroll();
      seekTo(t, false, false);
      return;
    }
    event.preventDefault();
    seekTo(t, true);
  };

  const onShortcut = createShortcutHandler({
    doc,
    store,
    duration,
    isHelpOpen: options.isHelpOpen,
    onToggleHelp: options.onToggleHelp,
    seek: (t) => seekTo(t, false),
  });

  const onHashChange = () => followDeepLink({ search: "", hash: win.location.hash });

  const stopKeepingSelectable = transcript ? keepTextSelectable(transcript) : undefined;
  transcript?.addEventListener("click", onTranscriptClick);
  transcript?.addEventListener("keydown", onTranscriptKeyDown);
  transcript?.addEventListener("focusin", onFocusIn);
  doc.addEventListener("click", onSeekLinkClick);
  doc.addEventListener("keydown", onShortcut);
  win.addEventListener("hashchange", onHashChange);

  followDeepLink({ search: win.location.search, hash: win.location.hash });

  return {
    backToNow() {
      follow.resume();
      const active = highlighter?.activeSentence;
      if (!active) return;
      follow.reveal(active, { force: true });
      setRoving(active);
      active.focus({ preventScroll: true });
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      follow.destroy();
      stopKeepingSelectable?.();
      transcript?.removeEventListener("click", onTranscriptClick);
      transcript?.removeEventListener("keydown", onTranscriptKeyDown);
      transcript?.removeEventListener("focusin", onFocusIn);
      doc.removeEventListener("click", onSeekLinkClick);
      doc.removeEventListener("keydown", onShortcut);
      win.removeEventListener("hashchange", onHashChange);
      highlighter?.clear();
    },
  };
}
