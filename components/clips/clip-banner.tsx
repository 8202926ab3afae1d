import type { Clip } from "@/lib/view/resolve-clip";
import { formatClock, formatDuration } from "@/lib/time/format-time";
import { shortenText } from "@/lib/text/shorten-text";

/** The most of a clip's words the banner quotes (characters); the transcript below marks them all. */
const MAX_BANNER_QUOTE = 280;

/**
 * The head of a clip page: its title, range and words, and "Play clip", which plays the range
 * and stops at its end (a `[data-seek]` control: the transcript's sync handles it, no island).
 */
export function ClipBanner({ clip }: { clip: Clip }) {
  const { quote } = clip;
  return (
    <section
      aria-labelledby="clip-title"
      className="rounded-lg border border-indigo-200 bg-indigo-50 p-4 dark:border-indigo-900 dark:bg-indigo-950/40"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-indigo-800 dark:text-indigo-300">
        Clip · {formatClock(quote.start)}–{formatClock(clip.stopAt)} (
        {formatDuration(clip.stopAt - quote.start)})
      </p>
      <h2 id="clip-title" className="mt-1 text-lg font-semibold text-slate-900 dark:text-slate-100">
        {clip.title}
      </h2>
      <blockquote className="mt-2 border-l-4 border-indigo-300 pl-3 text-slate-700 dark:border-indigo-700 dark:text-slate-300">
        <p>“{shortenText(quote.text, MAX_BANNER_QUOTE)}”</p>
        {quote.speaker && <footer className="mt-1 text-sm">— {quote.speaker}</footer>}
      </blockquote>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          data-seek={quote.start}
          data-seek-end={clip.stopAt}
          className="inline-flex h-9 items-center gap-2 rounded-md bg-indigo-700 px-3 text-sm font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
            <path d="M6 4.5v11l9-5.5z" />
          </svg>
          Play clip
        </button>
        <a
          href={`/episodes/${encodeURIComponent(clip.slug)}`}
          className="text-sm font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          Whole episode
        </a>
      </div>
    </section>
  );
}
