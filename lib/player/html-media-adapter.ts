import { browserFrames, type FrameScheduler, type MediaAdapter } from "./media-adapter";
import { createMediaEmitter } from "./media-emitter";
import { createTimeTicker } from "./time-ticker";

/** The part of `HTMLMediaElement` the adapter uses (a real `<audio>`/`<video>` satisfies it). */
export interface MediaElementLike {
  currentTime: number;
  readonly paused: boolean;
  readonly ended: boolean;
  readonly readyState: number;
  playbackRate: number;
  defaultPlaybackRate: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface HtmlMediaAdapterOptions {
  /** mediaTime = episodeTime − offset (s). */
  offset?: number;
  frames?: FrameScheduler;
}

/** `HTMLMediaElement.HAVE_METADATA`: duration and dimensions are known. */
const HAVE_METADATA = 1;

/**
 * Wraps an `<audio>`/`<video>` element. While playing, `timeupdate` is emitted from
 * `requestAnimationFrame` (smoother than the native event, which fires about every 250 ms);
 * it is also emitted after `seeked`, and from the native event while no frame loop runs
 * (background tabs). Times are seconds on the episode clock.
 */
export function createHtmlMediaAdapter(
  element: MediaElementLike,
  options: HtmlMediaAdapterOptions = {},
): MediaAdapter {
  const offset = options.offset ?? 0;
  const getCurrentTime = () => element.currentTime + offset;
  const emitter = createMediaEmitter(getCurrentTime);
  const { emitTime, loop } = createTimeTicker(emitter, getCurrentTime, options.frames ?? browserFrames);

  const handlers: Record<string, () => void> = {
    play: () => {
      loop.start();
      emitter.emit("play", getCurrentTime());
    },
    pause: () => {
      loop.stop();
      emitTime();
      emitter.emit("pause", getCurrentTime());
    },
    ended: () => {
      loop.stop();
      emitTime();
      emitter.emit("ended", getCurrentTime());
    },
    seeked: () => emitTime(true),
    timeupdate: () => {
      if (!loop.running) emitTime();
    },
    loadedmetadata: () => emitter.markReady(getCurrentTime()),
  };
  for (const [type, handler] of Object.entries(handlers)) element.addEventListener(type, handler);
  if (element.readyState >= HAVE_METADATA) emitter.markReady(getCurrentTime());
  if (!element.paused) loop.start();

  return {
    getCurrentTime,
    seek(t) {
      if (!Number.isFinite(t)) return;
      element.currentTime = Math.max(0, t - offset);
      emitTime(true);
    },
    play() {
      return element.play();
    },
    pause() {
      element.pause();
    },
    isPaused: () => element.paused,
    setPlaybackRate(rate) {
      if (!(rate > 0)) return;
      // The default rate survives the element reloading its source; the current one applies now.
      element.defaultPlaybackRate = rate;
      element.playbackRate = rate;
    },
    on: emitter.on,
    destroy() {
      loop.stop();
      for (const [type, handler] of Object.entries(handlers)) element.removeEventListener(type, handler);
      emitter.clear();
    },
  };
}
