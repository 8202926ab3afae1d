import { describeKeyTarget, getShortcut } from "./keyboard-shortcuts";
import { readTimeAttribute } from "./read-time-attribute";
import { stepSection } from "./step-section";

export interface ShortcutHandlerOptions {
  doc: Document;
  store: {
    getSnapshot(): { time: number };
    togglePlay(): void;
  };
  /** The episode's duration (s), when known. */
  duration?: number;
  /** Moves playback to `t` (s) without changing play/pause. */
  seek: (t: number) => void;
  isHelpOpen: () => boolean;
  onToggleHelp: () => void;
}

/** Section starts (s): `[data-section-start]` headings and the sections nav's `data-seek`. */
export function collectSectionStarts(doc: ParentNode): number[] {
  const starts = [
    ...[...doc.querySelectorAll("[data-section-start]")].map((h) =>
      readTimeAttribute(h, "data-section-start"),
    ),
    ...[...doc.querySelectorAll("[data-section-link][data-seek]")].map((a) =>
      readTimeAttribute(a, "data-seek"),
    ),
  ];
  return starts.filter(Number.isFinite);
}

/**
 * The document keydown listener for the global shortcuts: Space play/pause, ←/→ ±5 s,
 * Shift+←/→ previous/next section, `/` search, `?` help. Keys typed into fields, keys a focused
 * control uses itself, and (while the help dialog is open) everything but `?` are left alone.
 */
export function createShortcutHandler(options: ShortcutHandlerOptions): (event: KeyboardEvent) => void {
  const { doc, store, duration } = options;
  const clamp = (t: number) => Math.min(duration ?? Infinity, Math.max(0, t));
  return (event) => {
    const action = getShortcut(event, describeKeyTarget(event.target));
    if (!action || (options.isHelpOpen() && action !== "toggle-help")) return;
    const now = store.getSnapshot().time;
    switch (action) {
      case "toggle-play":
        store.togglePlay();
        break;
      case "back-5":
      case "forward-5":
        options.seek(clamp(now + (action === "back-5" ? -5 : 5)));
        break;
      case "previous-section":
      case "next-section": {
        const target = stepSection(collectSectionStarts(doc), now, action === "next-section" ? 1 : -1);
        if (target === undefined) return;
        options.seek(clamp(target));
        break;
      }
      case "focus-search": {
        const box = doc.querySelector<HTMLElement>('[role="searchbox"], input[type="search"]');
        if (!box) return;
        box.focus();
        break;
      }
      case "toggle-help":
        options.onToggleHelp();
        break;
    }
    event.preventDefault();
  };
}
