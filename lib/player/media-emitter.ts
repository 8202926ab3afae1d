import type { MediaEvent, MediaListener } from "./media-adapter";

/** The listener bookkeeping every adapter shares. */
export interface MediaEmitter {
  on(event: MediaEvent, cb: MediaListener): () => void;
  /** Calls the event's listeners with `time` (s); a throwing listener does not stop the others. */
  emit(event: MediaEvent, time: number): void;
  /** Marks the media ready and emits `ready`; later `ready` listeners are called on the next microtask. */
  markReady(time: number): void;
  clear(): void;
}

/** Creates a small event emitter for a media adapter. */
export function createMediaEmitter(getTime: () => number): MediaEmitter {
  const listeners = new Map<MediaEvent, Set<MediaListener>>();
  let ready = false;
  const emit = (event: MediaEvent, time: number) => {
    for (const cb of [...(listeners.get(event) ?? [])]) {
      try {
        cb(time);
      } catch (error) {
        console.error(error);
      }
    }
  };
  return {
    on(event, cb) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb);
      if (event === "ready" && ready) {
        queueMicrotask(() => {
          if (listeners.get("ready")?.has(cb)) cb(getTime());
        });
      }
      return () => {
        listeners.get(event)?.delete(cb);
      };
    },
    emit,
    markReady(time) {
      if (ready) return;
      ready = true;
      emit("ready", time);
    },
    clear() {
      listeners.clear();
    },
  };
}
