import { useState } from "react";
import { createPortal } from "react-dom";
import type { SearchDoc } from "@/lib/search/search-doc";

export interface SearchTicksProps {
  hits: readonly SearchDoc[];
  current: number;
  /** Seconds. */
  duration: number;
}

const pct = (t: number, duration: number) =>
  `${Math.min(100, Math.max(0, (t / duration) * 100)).toFixed(3)}%`;

function findTickBars(): HTMLElement[] {
  if (typeof document === "undefined") return [];
  return [
    ...document.querySelectorAll<HTMLElement>('[data-player-root] [role="slider"], [data-mini-player-ticks]'),
  ];
}

/**
 * The hits as ticks on the episode map (drawn inside its bar, so they line up with who speaks
 * when); without a map, in a strip of their own. Decorative: the hit list is the accessible way.
 */
export function SearchTicks({ hits, current, duration }: SearchTicksProps) {
  // The map and the mini-player are other islands' bars, in the page before the search panel
  // (loaded when the reader starts searching) first renders: found once, then.
  const [bars] = useState(findTickBars);
  const timed = hits.flatMap((doc, i) => (doc.start === undefined ? [] : [{ doc, i }]));
  if (timed.length === 0) return null;
  const ticks = (
    <span aria-hidden="true" data-search-ticks="" className="pointer-events-none absolute inset-0">
      {timed.map(({ doc, i }) => (
        <span
          key={doc.id}
          className={`absolute inset-y-0 -translate-x-1/2 ${
            i === current
              ? "z-10 w-1 bg-orange-500 ring-1 ring-slate-950 dark:ring-white"
              : "w-0.5 bg-yellow-300 ring-1 ring-slate-900/60"
          }`}
          style={{ left: pct(doc.start as number, duration) }}
        />
      ))}
    </span>
  );
  const map = bars.find((bar) => !bar.hasAttribute("data-mini-player-ticks"));
  const strip = <div className="relative h-2 basis-full rounded bg-slate-100 dark:bg-slate-800">{ticks}</div>;
  if (bars.length > 0)
    return (
      <>
        {bars.map((bar, i) => createPortal(ticks, bar, String(i)))}
        {!map && strip}
      </>
    );
  return strip;
}
