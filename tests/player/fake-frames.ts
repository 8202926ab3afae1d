import type { FrameScheduler } from "@/lib/player/media-adapter";

/** A frame scheduler the test advances by hand: `frame()` runs the callbacks due now. */
export function createFakeFrames(): FrameScheduler & { frame(): void; readonly pending: number } {
  let next = 1;
  const queue = new Map<number, () => void>();
  return {
    request(cb) {
      const handle = next++;
      queue.set(handle, cb);
      return handle;
    },
    cancel(handle) {
      queue.delete(handle);
    },
    frame() {
      const due = [...queue.values()];
      queue.clear();
      for (const cb of due) cb();
    },
    get pending() {
      return queue.size;
    },
  };
}
