import type { MediaAdapter } from "@/lib/player/media-adapter";
import { stopAtRangeEnd, type PlayedRange } from "./stop-at-range-end";
import type { PlayRequest } from "@/lib/sync/follow-playback";

/** What the page knows about playback. Times are seconds on the episode clock. */
export interface PlayerSnapshot {
  /** The active media, or null before a player exists (YouTube not loaded yet, or no media). */
  readonly adapter: MediaAdapter | null;
  /** The playhead: the media's time, or the time asked for before there is a player (s). */
  readonly time: number;
  readonly paused: boolean;
  /** True once playback started or a moment was asked for (a click, a shortcut, a deep link). */
  readonly positioned: boolean;
  /** A time asked for before a player existed (s), applied when one attaches. */
  readonly pendingTime: number | undefined;
}

/** Creates the player on demand (the YouTube island registers one); `play` says the reader asked to play. */
export type PlayerLauncher = (request: { play: boolean }) => void;

const INITIAL: PlayerSnapshot = {
  adapter: null,
  time: 0,
  paused: true,
  positioned: false,
  pendingTime: undefined,
};

/** One store's state, shared by the functions below; the snapshot is replaced, never mutated. */
interface StoreState {
  snapshot: PlayerSnapshot;
  /** A play asked for before a player existed, applied when one attaches. */
  pendingPlay: boolean;
  launcher: PlayerLauncher | undefined;
  /** A range being played (a clip): playback pauses when it crosses its end. */
  stopAt: PlayedRange | undefined;
  unsubscribeAdapter: (() => void) | undefined;
  readonly listeners: Set<() => void>;
}

/** Applies `patch` and notifies listeners, unless nothing changed (React re-renders on a new snapshot). */
function update(store: StoreState, patch: Partial<PlayerSnapshot>): void {
  const { snapshot } = store;
  const next = { ...snapshot, ...patch };
  if ((Object.keys(patch) as (keyof PlayerSnapshot)[]).every((key) => Object.is(next[key], snapshot[key])))
    return;
  store.snapshot = next;
  for (const listener of [...store.listeners]) listener();
}

function play(adapter: MediaAdapter): void {
  try {
    const result = adapter.play();
    // Autoplay rules may refuse: the media stays paused and says so through its events.
    if (result) result.catch((error: unknown) => console.warn("Playback was refused:", error));
  } catch (error) {
    console.warn("Playback was refused:", error);
  }
}

function detach(store: StoreState): void {
  store.unsubscribeAdapter?.();
  store.unsubscribeAdapter = undefined;
  update(store, { adapter: null, paused: true });
}

/** The store's `requestSeek`: seeks the player, or keeps `t` (and the play) for the next one. */
function requestSeek(store: StoreState, t: number, request: PlayRequest, until?: number): void {
  if (!Number.isFinite(t)) return;
  // Any other seek ends a range being played: the reader went elsewhere.
  store.stopAt = until !== undefined && until > t ? { from: t, end: until } : undefined;
  const shouldPlay = request !== false;
  const { adapter } = store.snapshot;
  if (adapter) {
    adapter.seek(t);
    update(store, { time: adapter.getCurrentTime(), positioned: true });
    if (shouldPlay) play(adapter);
    return;
  }
  store.pendingPlay ||= shouldPlay;
  update(store, { time: t, pendingTime: t, positioned: true });
  if (request === true) store.launcher?.({ play: true });
}

/** Mirrors the adapter's events into the snapshot; returns the unsubscribe function. */
function follow(store: StoreState, adapter: MediaAdapter, attachTime: number): () => void {
  const offs = [
    // The adapter reporting its starting time does not position the page; moving away from it does.
    adapter.on("timeupdate", (time) => {
      update(store, { time, positioned: store.snapshot.positioned || Math.abs(time - attachTime) > 0.01 });
      if (store.stopAt) store.stopAt = stopAtRangeEnd(store.stopAt, adapter, time);
    }),
    adapter.on("play", (time) => update(store, { time, paused: false, positioned: true })),
    adapter.on("pause", (time) => update(store, { time, paused: true })),
    adapter.on("ended", (time) => update(store, { time, paused: true })),
  ];
  return () => offs.forEach((off) => off());
}

/** Makes `adapter` the page's media and applies a time or play asked for before it existed. */
function attach(store: StoreState, adapter: MediaAdapter): () => void {
  if (store.snapshot.adapter) detach(store);
  const attachTime = adapter.getCurrentTime();
  store.unsubscribeAdapter = follow(store, adapter, attachTime);
  const { pendingTime } = store.snapshot;
  const wantPlay = store.pendingPlay;
  store.pendingPlay = false;
  update(store, {
    adapter,
    paused: adapter.isPaused(),
    pendingTime: undefined,
    time: pendingTime ?? attachTime,
  });
  if (pendingTime !== undefined) adapter.seek(pendingTime);
  if (wantPlay) play(adapter);
  return () => {
    if (store.snapshot.adapter === adapter) detach(store);
  };
}

function togglePlay(store: StoreState): void {
  const { adapter } = store.snapshot;
  if (!adapter) {
    store.pendingPlay = true;
    store.launcher?.({ play: true });
  } else if (adapter.isPaused()) {
    play(adapter);
  } else {
    adapter.pause();
  }
}

/** Creates a player store (the page uses the one `playerStore`; tests make their own). */
export function createPlayerStore() {
  const store: StoreState = {
    snapshot: INITIAL,
    pendingPlay: false,
    launcher: undefined,
    stopAt: undefined,
    unsubscribeAdapter: undefined,
    listeners: new Set(),
  };
  return {
    subscribe(listener: () => void): () => void {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    getSnapshot: (): PlayerSnapshot => store.snapshot,
    getServerSnapshot: (): PlayerSnapshot => INITIAL,

    /**
     * Makes `adapter` the page's media and applies a time or play asked for before it existed.
     * Returns a function that detaches it again (it does not destroy the adapter: its owner does).
     */
    attach: (adapter: MediaAdapter): (() => void) => attach(store, adapter),

    /** Registers the function that creates a player on demand; returns the unregister function. */
    setLauncher(next: PlayerLauncher): () => void {
      store.launcher = next;
      return () => {
        if (store.launcher === next) store.launcher = undefined;
      };
    },

    /**
     * Moves playback to `t` (s). Without a player yet, the time is kept for when one attaches;
     * with `play`, the player is created (for YouTube, clicking a sentence asks to play). With
     * `until` (s, after `t`), playback pauses when it reaches that time: a clip plays and stops;
     * any later seek, or a time outside the range, ends that.
     */
    requestSeek: (t: number, { play, until }: { play: PlayRequest; until?: number }): void =>
      requestSeek(store, t, play, until),

    /** Plays or pauses; without a player yet, asks for one that plays. */
    togglePlay: (): void => togglePlay(store),

    /** Moves the playhead by `delta` seconds, within [0, duration]. */
    seekBy(delta: number, duration?: number): void {
      const target = Math.max(0, store.snapshot.time + delta);
      requestSeek(store, duration !== undefined ? Math.min(duration, target) : target, false);
    },
  };
}

/** The page's one player store: `useSyncExternalStore(playerStore.subscribe, …)`. */
export const playerStore = createPlayerStore();
