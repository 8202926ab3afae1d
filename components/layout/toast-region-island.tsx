"use client";

import { useSyncExternalStore } from "react";
import { messages } from "@/lib/messages/message-store";

const none = () => null;

/**
 * The page's one place for short messages ("Link copied", a player error): a polite live region
 * fixed near the bottom of the viewport, so a message is seen wherever the reader has scrolled,
 * above a bottom bar (`--mini-player-h`) and, on narrow screens, above the quote toolbar.
 * The region is always present so that screen readers announce what appears in it; each message
 * re-renders its text (keyed by id) so the same words shown twice are announced twice. Clicks
 * pass through it to the page.
 */
export function ToastRegionIsland() {
  const message = useSyncExternalStore(messages.subscribe, messages.getSnapshot, none);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(var(--mini-player-h,0px)+4rem)] sm:bottom-[calc(var(--mini-player-h,0px)+1rem)] z-50 flex justify-center px-4"
    >
      {message && (
        <p
          key={message.id}
          className="max-w-md rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
