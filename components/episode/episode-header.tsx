import type { Episode } from "@/lib/model/episode-schema";
import { formatDuration, formatIsoDuration } from "@/lib/format/format-time";
import { summaryItemId } from "@/lib/search/page-text-docs";
import { SpeakerList } from "./speaker-list";

/** Title, show, date, duration, speakers and summary of an episode. */
export function EpisodeHeader({ episode }: { episode: Episode }) {
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
    <header className="space-y-3">
      {episode.show && (
        <p className="text-sm font-semibold text-indigo-700 dark:text-indigo-300">{episode.show}</p>
      )}
      <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{episode.title}</h1>
      {facts.length > 0 && (
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-300">
          {facts.map((fact, i) => (
            <span key={i}>{fact}</span>
          ))}
        </p>
      )}
      <SpeakerList speakers={episode.speakers} />
      {episode.summary.length > 0 && (
        <details className="group rounded-md border border-slate-200 p-3 dark:border-slate-800" open>
          <summary className="cursor-pointer font-semibold">Summary</summary>
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
