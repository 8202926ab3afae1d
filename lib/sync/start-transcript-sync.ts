import type { TimeRange } from "../time/parse-time-param";
import type { LinkLocation } from "../links/has-link-params";
import { idleScheduler } from "./build-when-idle";
import { createFollowMode, type FollowMode } from "./follow-mode";
import { followDeepLinks, type PageClip } from "./follow-deep-links";
import { followPlayback, type PlaybackControls, type PlaybackFollower } from "./follow-playback";
import { createSeekLinkHandler } from "./seek-links";
import { createShortcutHandler } from "./shortcut-handler";
import { createTranscriptHighlighter } from "./transcript-highlighter";
import { createRovingSentence, listenToTranscript, type RovingSentence } from "./transcript-navigation";

type SeekTo = PlaybackFollower["seekTo"];

export type { PlaybackControls } from "./follow-playback";

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
  /** The clip a clip page opens on (played from its start to its end) when its URL has no link. */
  pageClip?: PageClip;
}

export interface TranscriptSync {
  /** Follows again and brings the current sentence back into view (the "Back to now" button). */
  backToNow(): void;
  destroy(): void;
}

/**
 * Wires the transcript (`#transcript`) to playback with direct DOM updates, no re-render per
 * tick: highlight on every time update, follow mode, click/Enter on a sentence to play from it,
 * ↑/↓ between sentences (roving tabindex), clicks on `[data-seek]` links, the global shortcuts
 * and `?t=` / `#t=` deep links. Works without a transcript too (shortcuts, links, deep links).
 */
export function startTranscriptSync(options: TranscriptSyncOptions): TranscriptSync {
  const { win, store } = options;
  const doc = win.document;
  const transcript = doc.getElementById("transcript");
  const highlighter = transcript
    ? createTranscriptHighlighter(doc, transcript, idleScheduler(win))
    : undefined;
  const follow = createFollowMode({
    win,
    isPlaying: () => !store.getSnapshot().paused,
    onChange: options.onFollowChange,
  });
  // The first sentence alone: the whole index is read in idle time (createTranscriptHighlighter).
  const roving = createRovingSentence(transcript?.querySelector<HTMLElement>("[data-sentence]") ?? undefined);
  const playback = followPlayback({
    store,
    follow,
    highlighter,
    // The tab stop follows playback, unless the reader is moving through the transcript.
    onActiveChange: (sentence) => {
      if (!transcript?.contains(doc.activeElement)) roving.set(sentence);
    },
    loadWordStarts: options.loadWordStarts,
  });
  const { seekTo, readerSeeks } = countSeeks(playback.seekTo);

  const stopNavigation =
    transcript && highlighter
      ? listenToTranscript({
          win,
          transcript,
          sentences: () => highlighter.sentences,
          roving,
          playFrom: (t) => seekTo(t, true, false),
        })
      : undefined;
  const onSeekLinkClick = createSeekLinkHandler({ expectScroll: () => follow.expectScroll(), seekTo });
  const onShortcut = createShortcutHandler({
    doc,
    store,
    duration: options.duration,
    isHelpOpen: options.isHelpOpen,
    onToggleHelp: options.onToggleHelp,
    seek: (t) => seekTo(t, false),
  });
  doc.addEventListener("click", onSeekLinkClick);
  doc.addEventListener("keydown", onShortcut);
  const stopDeepLinks = followDeepLinks({ ...options, highlighter, seekTo: playback.seekTo, readerSeeks });

  return {
    backToNow: () => backToNow(follow, roving, highlighter?.activeSentence),
    destroy() {
      playback.destroy();
      follow.destroy();
      stopNavigation?.();
      doc.removeEventListener("click", onSeekLinkClick);
      doc.removeEventListener("keydown", onShortcut);
      stopDeepLinks();
      highlighter?.clear();
    },
  };
}

/** Every seek the reader makes goes through the returned `seekTo`, so a late deep-link read can tell it is stale. */
function countSeeks(seekTo: SeekTo): { seekTo: SeekTo; readerSeeks: () => number } {
  let count = 0;
  return {
    seekTo: (...args) => {
      count++;
      seekTo(...args);
    },
    readerSeeks: () => count,
  };
}

/** Follows again and brings the current sentence back into view, focused as the tab stop. */
function backToNow(follow: FollowMode, roving: RovingSentence, active: HTMLElement | undefined): void {
  follow.resume();
  if (!active) return;
  follow.reveal(active, { force: true });
  roving.set(active);
  active.focus({ preventScroll: true });
}
