/** Runs `work` when the browser is idle; `timeRemaining()` says how long it may keep going (ms). */
export type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => () => void;

export interface IdleBuild<T> {
  /** The value, finishing the build at once if idle time has not finished it yet. */
  get(): T;
  /** Whether the build has finished. */
  readonly done: boolean;
  /** Stops building in idle time (a later `get` still builds). */
  cancel(): void;
}

/** `requestIdleCallback` where the browser has it, else a timer that allows a few ms per step. */
export function idleScheduler(win: Window): IdleScheduler {
  if (typeof win.requestIdleCallback === "function") {
    return (work) => {
      const id = win.requestIdleCallback(work, { timeout: 2000 });
      return () => win.cancelIdleCallback(id);
    };
  }
  return (work) => {
    const id = win.setTimeout(() => {
      const end = win.performance.now() + 8;
      work({ timeRemaining: () => Math.max(0, end - win.performance.now()) });
    }, 1);
    return () => win.clearTimeout(id);
  };
}

/**
 * Builds a value from `steps` (a generator that yields between slices of work and returns the
 * value) in idle time, a slice at a time, so that indexing a three-hour transcript never holds the
 * main thread for long while the page loads. Whoever needs the value first (a deep link, a click,
 * playback) gets it at once from `get()`, which finishes the remaining slices synchronously: the
 * result is the same, only when the work is done changes.
 */
export function buildWhenIdle<T>(steps: Generator<void, T, void>, schedule: IdleScheduler): IdleBuild<T> {
  let result: { value: T } | undefined;
  let cancelScheduled: (() => void) | undefined;

  const step = (): boolean => {
    const next = steps.next();
    if (next.done) result = { value: next.value };
    return next.done === true;
  };
  const finish = (): T => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    while (!result) step();
    return result.value;
  };
  const onIdle = (deadline: { timeRemaining(): number }) => {
    cancelScheduled = undefined;
    // At least one slice per callback, so that a busy page still makes progress.
    do {
      if (step()) return;
    } while (deadline.timeRemaining() > 1);
    cancelScheduled = schedule(onIdle);
  };
  cancelScheduled = schedule(onIdle);

  return {
    get: finish,
    get done() {
      return result !== undefined;
    },
    cancel() {
      cancelScheduled?.();
      cancelScheduled = undefined;
    },
  };
}
