import type { Episode } from "@/lib/model/episode-schema";
import { formatDuration, formatIsoDuration } from "@/lib/time/format-time";
import { summaryItemId } from "@/lib/search/page-text-docs";
import type { PersonSlugs } from "@/lib/view/people-index";
import { SpeakerList } from "./speaker-list";

/** Title, show, date, duration, speakers and summary of an episode. */
export function EpisodeHeader({ episode, people }: { episode: Episode; people?: PersonSlugs }) {
  const facts = [
    episode.published && (
      <time key="date" dateTime={episode.published}>
        {new Date(`${episode.published}T00:00:00Z`).toLocaleDateString("en", {
          dateStyle: "long",
          timeZone: "UTC",
        })}
      </time>
    ),
    episode.duration !== undefined && (
      <time key="duration" dateTime={formatIsoDuration(episode.duration)}>
        {formatDuration(episode.duration)}
      </time>
    ),
  ].filter(Boolean);
  return (
    <header className="space-y-2">
      {episode.show && (
        <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">{episode.show}</p>
      )}
      <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{episode.title}</h1>
      {/* Date, length and speakers on one line where they fit. */}
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
        {facts.length > 0 && (
          <p className="flex flex-wrap gap-x-3 text-slate-600 dark:text-slate-300">
            {facts.map((fact, i) => (
              <span key={i}>{fact}</span>
            ))}
          </p>
        )}
        <SpeakerList speakers={episode.speakers} credits={episode.credits} {...(people ? { people } : {})} />
      </div>
      {episode.summary.length > 0 && (
        // Collapsed to its first line, so that the transcript starts in the first screen.
        <details className="group rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
          <summary className="flex cursor-pointer items-baseline gap-2 text-sm">
            <span className="font-semibold">Summary</span>
            {/* A preview only: the item itself is in the list below, read once opened. */}
            <span
              aria-hidden="true"
              className="min-w-0 flex-1 truncate text-slate-600 group-open:invisible dark:text-slate-300"
            >
              {episode.summary[0]}
            </span>
            <span className="shrink-0 font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300">
              <span className="group-open:hidden">more</span>
              <span className="hidden group-open:inline">less</span>
            </span>
          </summary>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
            {episode.summary.map((item, i) => (
              <li key={i} id={summaryItemId(i)}>
                {item}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
