import type { Highlight } from "@/lib/model/episode-schema";
import { formatClock, formatDuration } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";

/**
 * The moments the show marks (a feed's soundbites): each a range link (`?t=start,end`) that
 * lands on the passage and marks it, and that plays from its start on a plain click.
 */
export function HighlightList({ highlights }: { highlights: Highlight[] }) {
  if (highlights.length === 0) return null;
  return (
    <section aria-labelledby="highlights-heading" className="text-sm">
      <h2
        id="highlights-heading"
        className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400"
      >
        Highlights
      </h2>
      <ol className="space-y-2">
        {highlights.map((h) => (
          <li key={h.id} id={h.id} className="leading-snug">
            <a
              href={`?t=${formatTimeParam(h.start, h.end)}`}
              data-seek={h.start}
              className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              {h.title ?? `Highlight at ${formatClock(h.start)}`}
            </a>{" "}
            <span className="text-slate-600 dark:text-slate-400">
              {formatClock(h.start)}–{formatClock(h.end)} ({formatDuration(h.duration)})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
