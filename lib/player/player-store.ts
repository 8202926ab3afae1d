import type { MediaAdapter } from "@/lib/player/media-adapter";

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

/** Creates a player store (the page uses the one `playerStore`; tests make their own). */
export function createPlayerStore() {
  let snapshot = INITIAL;
  let pendingPlay = false;
  let launcher: PlayerLauncher | undefined;
  let unsubscribeAdapter: (() => void) | undefined;
  const listeners = new Set<() => void>();

  const update = (patch: Partial<PlayerSnapshot>) => {
    const next = { ...snapshot, ...patch };
    if ((Object.keys(patch) as (keyof PlayerSnapshot)[]).every((key) => Object.is(next[key], snapshot[key])))
      return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const play = (adapter: MediaAdapter) => {
    try {
      const result = adapter.play();
      // Autoplay rules may refuse: the media stays paused and says so through its events.
      if (result) result.catch((error: unknown) => console.warn("Playback was refused:", error));
    } catch (error) {
      console.warn("Playback was refused:", error);
    }
  };

  const detach = () => {
    unsubscribeAdapter?.();
    unsubscribeAdapter = undefined;
    update({ adapter: null, paused: true });
  };

  /**
   * Moves playback to `t` (s). Without a player yet, the time is kept for when one attaches;
   * with `play`, the player is created (for YouTube, clicking a sentence asks to play).
   */
  const requestSeek = (t: number, { play: shouldPlay }: { play: boolean }): void => {
    if (!Number.isFinite(t)) return;
    const { adapter } = snapshot;
    if (adapter) {
      adapter.seek(t);
      update({ time: adapter.getCurrentTime(), positioned: true });
      if (shouldPlay) play(adapter);
      return;
    }
    pendingPlay ||= shouldPlay;
    update({ time: t, pendingTime: t, positioned: true });
    if (shouldPlay) launcher?.({ play: true });
  };

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): PlayerSnapshot => snapshot,
    getServerSnapshot: (): PlayerSnapshot => INITIAL,

    /**
     * Makes `adapter` the page's media and applies a time or play asked for before it existed.
     * Returns a function that detaches it again (it does not destroy the adapter: its owner does).
     */
    attach(adapter: MediaAdapter): () => void {
      if (snapshot.adapter) detach();
      const attachTime = adapter.getCurrentTime();
      const offs = [
        adapter.on("timeupdate", (time) =>
          update({ time, positioned: snapshot.positioned || Math.abs(time - attachTime) > 0.01 }),
        ),
        adapter.on("play", (time) => update({ time, paused: false, positioned: true })),
        adapter.on("pause", (time) => update({ time, paused: true })),
        adapter.on("ended", (time) => update({ time, paused: true })),
      ];
      unsubscribeAdapter = () => offs.forEach((off) => off());
      const { pendingTime } = snapshot;
      const wantPlay = pendingPlay;
      pendingPlay = false;
      update({
        adapter,
        paused: adapter.isPaused(),
        pendingTime: undefined,
        time: pendingTime ?? attachTime,
      });
      if (pendingTime !== undefined) adapter.seek(pendingTime);
      if (wantPlay) play(adapter);
      return () => {
        if (snapshot.adapter === adapter) detach();
      };
    },

    /** Registers the function that creates a player on demand; returns the unregister function. */
    setLauncher(next: PlayerLauncher): () => void {
      launcher = next;
      return () => {
        if (launcher === next) launcher = undefined;
      };
    },

    requestSeek,

    /** Plays or pauses; without a player yet, asks for one that plays. */
    togglePlay(): void {
      const { adapter } = snapshot;
      if (!adapter) {
        pendingPlay = true;
        launcher?.({ play: true });
      } else if (adapter.isPaused()) {
        play(adapter);
      } else {
        adapter.pause();
      }
    },

    /** Moves the playhead by `delta` seconds, within [0, duration]. */
    seekBy(delta: number, duration?: number): void {
      const target = Math.max(0, snapshot.time + delta);
      requestSeek(duration !== undefined ? Math.min(duration, target) : target, { play: false });
    },
  };
}

/** The page's one player store: `useSyncExternalStore(playerStore.subscribe, …)`. */
export const playerStore = createPlayerStore();
