import type { FrameScheduler } from "./media-adapter";

/** A loop that calls `tick` once a frame between `start()` and `stop()`. */
export interface FrameLoop {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/** Creates a frame loop on `frames` (requestAnimationFrame in the browser). */
export function createFrameLoop(frames: FrameScheduler, tick: () => void): FrameLoop {
  let handle: number | undefined;
  const step = () => {
    handle = frames.request(step);
    tick();
  };
  return {
    start() {
      if (handle === undefined) handle = frames.request(step);
    },
    stop() {
      if (handle !== undefined) frames.cancel(handle);
      handle = undefined;
    },
    get running() {
      return handle !== undefined;
    },
  };
}
