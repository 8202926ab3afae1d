/** One short message for the reader ("Link copied", a player error), shown in one live region. */
export interface Message {
  text: string;
  /** Increases with every message: the same text shown twice is announced twice. */
  id: number;
}

export interface MessageStore {
  /** Shows `text` in place of the current message; it goes away by itself after `ms`. */
  show: (text: string, ms?: number) => void;
  dismiss: () => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => Message | null;
}

/** How long a message stays: long enough to read two short sentences. */
export const MESSAGE_MS = 5000;

/**
 * A store of the one message on screen (a new message replaces the old rather than stacking:
 * a reader copying twice wants to know the last copy worked). Timers are injected for tests.
 */
export function createMessageStore(
  timers: Pick<typeof globalThis, "setTimeout" | "clearTimeout"> = globalThis,
): MessageStore {
  let message: Message | null = null;
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const set = (next: Message | null) => {
    message = next;
    for (const listener of listeners) listener();
  };
  const dismiss = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (message) set(null);
  };
  return {
    show(text, ms = MESSAGE_MS) {
      if (timer !== undefined) timers.clearTimeout(timer);
      set({ text, id: nextId++ });
      timer = timers.setTimeout(dismiss, ms);
    },
    dismiss,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => message,
  };
}

/** The page's one message store, shown by the toast region mounted in the root layout. */
export const messages = createMessageStore();
