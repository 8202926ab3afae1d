"use client";

import { useSyncExternalStore } from "react";
import { EXPORTS } from "@/lib/export/export-formats";
import { messages } from "@/lib/messages/message-store";
import {
  DEFAULT_TEXT_SIZE,
  READING_PREFS,
  parseTextSize,
  parseTimestampsShown,
  stepTextSize,
  type TextSize,
} from "@/lib/view/reading-prefs";

const { textSize, timestamps } = READING_PREFS;

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: [textSize.attribute, timestamps.attribute],
  });
  return () => observer.disconnect();
}

const root = () => document.documentElement;
const currentSize = () => parseTextSize(root().getAttribute(textSize.attribute));
const timesShown = () => parseTimestampsShown(root().getAttribute(timestamps.attribute));

/** Applies a setting to `<html>` (as the init script does) and remembers it. */
function save(attribute: string, key: string, value: string, isDefault: boolean): void {
  if (isDefault) root().removeAttribute(attribute);
  else root().setAttribute(attribute, value);
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

const STEPS = [
  { step: -1, label: "Smaller text", glyph: "text-xs" },
  { step: 1, label: "Larger text", glyph: "text-base" },
] as const;

const button =
  "inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50 aria-pressed:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-800";

/**
 * The transcript's reading settings: text size (smaller / larger), timestamps shown or hidden
 * (both remembered; the inline init script applies them before first paint), and a copy of the
 * whole transcript as plain text, the same text as the TXT download (lib/export/format-text.ts).
 */
export function ReadingControlsIsland({ slug }: { slug: string }) {
  const size = useSyncExternalStore(subscribe, currentSize, () => DEFAULT_TEXT_SIZE);
  const shown = useSyncExternalStore(subscribe, timesShown, () => true);
  const setSize = (next: TextSize) =>
    save(textSize.attribute, textSize.key, next, next === DEFAULT_TEXT_SIZE);

  const copyAll = async () => {
    try {
      const response = await fetch(`/episodes/${slug}/${EXPORTS.txt.path}`);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      messages.show("Transcript copied");
    } catch {
      messages.show(`The transcript could not be copied: use “${EXPORTS.txt.label}” under Downloads.`);
    }
  };

  return (
    <div role="group" aria-label="Reading settings" className="flex flex-wrap items-center justify-end gap-2">
      {STEPS.map(({ step, label, glyph }) => (
        <button
          key={label}
          type="button"
          className={button}
          onClick={() => setSize(stepTextSize(size, step))}
          disabled={stepTextSize(size, step) === size}
          aria-label={label}
        >
          <span aria-hidden="true" className={glyph}>
            {step < 0 ? "A−" : "A+"}
          </span>
        </button>
      ))}
      <button
        type="button"
        className={button}
        aria-pressed={shown}
        onClick={() =>
          save(timestamps.attribute, timestamps.key, shown ? "hidden" : "shown", shown === false)
        }
      >
        Timestamps
      </button>
      <button type="button" className={button} onClick={() => void copyAll()}>
        Copy transcript
      </button>
    </div>
  );
}
