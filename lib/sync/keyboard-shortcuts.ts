import { asElement } from "./as-element";

/** What a global keyboard shortcut does. */
export type ShortcutAction =
  | "toggle-play"
  | "back-5"
  | "forward-5"
  | "previous-section"
  | "next-section"
  | "focus-search"
  | "toggle-help";

/** The keyboard shortcuts, for the help dialog: keys as shown, and what they do. */
export const SHORTCUTS: readonly { keys: string[]; label: string }[] = [
  { keys: ["Space"], label: "Play or pause" },
  { keys: ["←"], label: "Back 5 seconds" },
  { keys: ["→"], label: "Forward 5 seconds" },
  { keys: ["Shift", "←"], label: "Previous section" },
  { keys: ["Shift", "→"], label: "Next section" },
  { keys: ["↑", "↓"], label: "Previous or next sentence (in the transcript)" },
  { keys: ["Enter"], label: "Play from the focused sentence" },
  { keys: ["/"], label: "Search" },
  { keys: ["?"], label: "Show or hide these shortcuts" },
];

/** The parts of a `KeyboardEvent` a shortcut depends on. */
export interface ShortcutKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

/** Where a key went, as `describeKeyTarget` tells. */
export interface KeyTarget {
  /** Typing: an input, textarea, select or contenteditable — no shortcut applies. */
  typing: boolean;
  /** A control that uses Space itself (button, link, summary, media controls, checkbox…). */
  usesSpace: boolean;
  /** A control that uses ←/→ itself (media controls, slider, tabs, radio group, menu…). */
  usesArrows: boolean;
}

/** Maps a key press to a shortcut, or undefined when the key is not one or belongs to its target. */
export function getShortcut(event: ShortcutKey, target: KeyTarget): ShortcutAction | undefined {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey)
    return undefined;
  if (target.typing) return undefined;
  switch (event.key) {
    case " ":
    case "Spacebar":
      return event.shiftKey || target.usesSpace ? undefined : "toggle-play";
    case "ArrowLeft":
      if (target.usesArrows) return undefined;
      return event.shiftKey ? "previous-section" : "back-5";
    case "ArrowRight":
      if (target.usesArrows) return undefined;
      return event.shiftKey ? "next-section" : "forward-5";
    case "/":
      return "focus-search";
    case "?":
      return "toggle-help";
    default:
      return undefined;
  }
}

const TYPING =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="searchbox"], [role="combobox"]';
const USES_SPACE =
  'button, a[href], summary, audio, video, iframe, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="menuitem"], [role="option"], [role="tab"]';
const USES_ARROWS =
  'audio, video, iframe, [role="slider"], [role="tab"], [role="tablist"], [role="radio"], [role="radiogroup"], [role="menu"], [role="menuitem"], [role="listbox"], [role="option"], [role="grid"], [role="tree"]';

/** Describes the element a key went to (`event.target`); a non-element is a plain page. */
export function describeKeyTarget(target: EventTarget | null): KeyTarget {
  const element = asElement(target);
  if (!element) return { typing: false, usesSpace: false, usesArrows: false };
  const typing = Boolean(element.closest(TYPING)) || (element as HTMLElement).isContentEditable === true;
  return {
    typing,
    usesSpace: Boolean(element.closest(USES_SPACE)),
    usesArrows: Boolean(element.closest(USES_ARROWS)),
  };
}
