/** What a media adapter reports. `timeupdate` fires often while playing (every frame) and after a seek. */
export type MediaEvent = "timeupdate" | "play" | "pause" | "ended" | "ready";

/** A listener gets the current time on the episode clock (s). */
export type MediaListener = (time: number) => void;

/**
 * The one interface every media (audio/video file, YouTube embed) implements. Every time it
 * takes or gives is on the episode clock, in seconds: adapters convert with the media's
 * offset (mediaTime = episodeTime − offset).
 */
export interface MediaAdapter {
  /** The playhead (s, episode clock). */
  getCurrentTime(): number;
  /** Moves the playhead to `t` (s, episode clock); times before the media's start clamp to it. */
  seek(t: number): void;
  play(): Promise<void> | void;
  pause(): void;
  isPaused(): boolean;
  /** Sets the playback speed (1 = normal); kept until changed, also across a player loading late. */
  setPlaybackRate(rate: number): void;
  /** Subscribes to an event; returns the unsubscribe function. `ready` is replayed to late listeners. */
  on(event: MediaEvent, cb: MediaListener): () => void;
  /** Stops polling, drops listeners and releases the media. The adapter is unusable afterwards. */
  destroy(): void;
}

/** Schedules a callback for the next frame; injectable so tests control time. */
export interface FrameScheduler {
  request(cb: () => void): number;
  cancel(handle: number): void;
}

/** `requestAnimationFrame`, or a 16 ms timer where there is none. */
export const browserFrames: FrameScheduler = {
  request: (cb) =>
    typeof requestAnimationFrame === "function"
      ? requestAnimationFrame(() => cb())
      : (setTimeout(cb, 16) as unknown as number),
  cancel: (handle) =>
    typeof cancelAnimationFrame === "function" ? cancelAnimationFrame(handle) : clearTimeout(handle),
};
