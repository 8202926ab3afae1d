/**
 * The reader's comfort settings for transcripts, kept in localStorage and applied to `<html>` as
 * data attributes (globals.css scales the text and hides the times from them). The inline init
 * script (components/theme/theme-init-script.tsx) applies them before first paint; both it and
 * the controls validate what they read with these lists, so a stale or tampered value is ignored.
 */
export const TEXT_SIZES = ["small", "medium", "large", "x-large"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = "medium";

export const READING_PREFS = {
  textSize: { key: "transcript-text-size", attribute: "data-text-size" },
  timestamps: { key: "transcript-timestamps", attribute: "data-timestamps" },
} as const;

/** The stored text size, or the default when it is missing or not one of TEXT_SIZES. */
export function parseTextSize(stored: string | null): TextSize {
  return TEXT_SIZES.find((size) => size === stored) ?? DEFAULT_TEXT_SIZE;
}

/** Whether timestamps are shown: only an explicit "hidden" hides them. */
export function parseTimestampsShown(stored: string | null): boolean {
  return stored !== "hidden";
}

/** The size one step smaller (-1) or larger (+1), kept within TEXT_SIZES. */
export function stepTextSize(size: TextSize, step: -1 | 1): TextSize {
  const index = TEXT_SIZES.indexOf(size) + step;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index))] ?? size;
}

/**
 * Script source (an expression statement, no DOM but `document` and `localStorage`) that copies
 * the valid stored settings to `<html>` before first paint; an invalid one is left off.
 */
export function readingPrefsInitSource(): string {
  const { textSize, timestamps } = READING_PREFS;
  const sizes = JSON.stringify(TEXT_SIZES.filter((s) => s !== DEFAULT_TEXT_SIZE));
  return (
    `try{var r=document.documentElement,z=localStorage.getItem(${JSON.stringify(textSize.key)});` +
    `if(${sizes}.indexOf(z)>=0)r.setAttribute(${JSON.stringify(textSize.attribute)},z);` +
    `if(localStorage.getItem(${JSON.stringify(timestamps.key)})==="hidden")r.setAttribute(${JSON.stringify(timestamps.attribute)},"hidden")}catch(e){}`
  );
}
