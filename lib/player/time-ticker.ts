import { createFrameLoop, type FrameLoop } from "./frame-loop";
import type { FrameScheduler } from "./media-adapter";
import type { MediaEmitter } from "./media-emitter";

/** What both adapters use to report time: an emit that skips repeats, and a per-frame loop. */
export interface TimeTicker {
  /** Emits `timeupdate` with the current time (s) unless it equals the last one, or always with `force`. */
  emitTime(force?: boolean): void;
  /** Emits once a frame while running (started on play, stopped on pause). */
  loop: FrameLoop;
}

/** Creates the time reporting for an adapter whose current time (s) is `getCurrentTime()`. */
export function createTimeTicker(
  emitter: MediaEmitter,
  getCurrentTime: () => number,
  frames: FrameScheduler,
): TimeTicker {
  let lastEmitted = Number.NaN;
  const emitTime = (force = false) => {
    const time = getCurrentTime();
    if (!force && time === lastEmitted) return;
    lastEmitted = time;
    emitter.emit("timeupdate", time);
  };
  return { emitTime, loop: createFrameLoop(frames, () => emitTime()) };
}
