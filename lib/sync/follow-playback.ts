import type { FollowMode } from "./follow-mode";
import type { TranscriptHighlighter } from "./transcript-highlighter";

/**
 * Whether a seek plays: `true` plays, creating the player if there is none yet (the reader asked:
 * for YouTube, that is when it may load); `"if-ready"` plays a player that exists or attaches by
 * itself (a file), but never creates one (a clip page opening: nothing loads from YouTube unasked).
 */
export type PlayRequest = boolean | "if-ready";

/** The playback the page controls (the player store satisfies it). Times in seconds. */
export interface PlaybackControls {
  subscribe(listener: () => void): () => void;
  getSnapshot(): { time: number; paused: boolean; positioned: boolean };
  requestSeek(t: number, options: { play: PlayRequest; until?: number }): void;
  togglePlay(): void;
}

/** How the current sentence comes into view after a seek ("instant" for a deep link on load). */
export type Reveal = false | "smooth" | "instant";

export interface PlaybackFollowerOptions {
  store: PlaybackControls;
  follow: FollowMode;
  /** Absent when the page has no transcript: seeks still reach the store. */
  highlighter?: TranscriptHighlighter;
  /** Called when another sentence becomes current. */
  onActiveChange: (sentence: HTMLElement) => void;
  /** Loads the word starts (sentence id → encoded list), once, when playback first has a position. */
  loadWordStarts?: () => Promise<ReadonlyMap<string, string>>;
}

export interface PlaybackFollower {
  /**
   * Moves playback to `t` (s) and follows again; the sentence there comes into view unless
   * `reveal` is false. With `until` (s), playback stops there (a clip).
   */
  seekTo(t: number, play: PlayRequest, reveal?: Reveal, until?: number): void;
  destroy(): void;
}

/**
 * Highlights the sentence (and word) at the playback time on every store update, with direct DOM
 * updates, and keeps it in view while following: when playback starts, when the sentence changes
 * during playback, and after a seek.
 */
export function followPlayback(options: PlaybackFollowerOptions): PlaybackFollower {
  const { store, follow, highlighter } = options;
  let revealNext: Reveal = false;
  let lastTime = Number.NaN;
  let lastPaused = true;
  let wordsRequested = false;
  let destroyed = false;

  // Readers who never play never download the word starts; without them, only sentences follow.
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
    if (active !== before) options.onActiveChange(active);
    if (follow.following && (revealNext || (active !== before && !snapshot.paused))) {
      follow.reveal(active, { instant: revealNext === "instant" });
      revealNext = false;
    }
  };
  const unsubscribe = store.subscribe(onStore);
  onStore(); // a remount picks up where playback is

  return {
    seekTo(t, play, reveal = "smooth", until) {
      follow.resume();
      revealNext = reveal;
      store.requestSeek(t, until === undefined ? { play } : { play, until });
    },
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
