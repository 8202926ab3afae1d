import { vi } from "vitest";
import type { MediaAdapter, MediaEvent, MediaListener } from "@/lib/player/media-adapter";

/** An adapter whose state the test sets and whose events the test fires. Times in seconds. */
export function fakeAdapter(time = 0) {
  const listeners = new Map<MediaEvent, Set<MediaListener>>();
  const state = { time, paused: true, calls: [] as string[] };
  const fire = (event: MediaEvent, t = state.time) => listeners.get(event)?.forEach((cb) => cb(t));
  const adapter: MediaAdapter = {
    getCurrentTime: () => state.time,
    seek(t) {
      state.calls.push(`seek(${t})`);
      state.time = t;
      fire("timeupdate");
    },
    play() {
      state.calls.push("play");
      state.paused = false;
      fire("play");
    },
    pause() {
      state.calls.push("pause");
      state.paused = true;
      fire("pause");
    },
    isPaused: () => state.paused,
    setPlaybackRate(rate) {
      state.calls.push(`rate(${rate})`);
    },
    on(event, cb) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)?.add(cb);
      return () => listeners.get(event)?.delete(cb);
    },
    destroy: vi.fn(),
  };
  /** Playback reaching `t` (s). */
  const tick = (t: number) => {
    state.time = t;
    fire("timeupdate");
  };
  return {
    adapter,
    state,
    fire,
    tick,
    listenerCount: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}
