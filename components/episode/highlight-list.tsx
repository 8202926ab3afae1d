import type { Episode } from "@/lib/model/episode-schema";
import { formatClock, formatDuration } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { clipPath, highlightClip } from "@/lib/view/resolve-clip";

/**
 * The moments the show marks (a feed's soundbites, the manifest's highlights), each as a clip:
 * a link to its clip page (to open or share; the static copy saves these pages) that, on a plain
 * click here, plays the moment and stops at its end. A highlight over no timed sentence has no
 * clip: its link is the range link, which plays from its start.
 */
export function HighlightList({ episode }: { episode: Episode }) {
  const { highlights } = episode;
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
        {highlights.map((h) => {
          const clip = highlightClip(episode, h);
          return (
            <li key={h.id} id={h.id} className="leading-snug">
              <a
                href={clip ? clipPath(clip) : `?t=${formatTimeParam(h.start, h.end)}`}
                data-seek={clip?.quote.start ?? h.start}
                {...(clip ? { "data-seek-end": clip.stopAt } : {})}
                className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
              >
                {h.title ?? `Highlight at ${formatClock(h.start)}`}
              </a>{" "}
              <span className="text-slate-600 dark:text-slate-400">
                {formatClock(h.start)}–{formatClock(h.end)} ({formatDuration(h.duration)})
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
