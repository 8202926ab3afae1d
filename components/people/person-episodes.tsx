import Link from "next/link";
import { formatDuration, formatIsoDuration } from "@/lib/time/format-time";
import type { PersonEpisode } from "@/lib/view/people-index";

/** The episodes a person is in, newest first (the catalogue's order), with their talk time there. */
export function PersonEpisodes({ episodes }: { episodes: PersonEpisode[] }) {
  return (
    <section aria-labelledby="person-episodes-heading" className="space-y-2">
      <h2 id="person-episodes-heading" className="text-xl font-semibold">
        Episodes
      </h2>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {episodes.map((episode) => (
          <li
            key={episode.slug}
            className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2"
          >
            <span className="min-w-0">
              <Link
                href={`/episodes/${episode.slug}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              >
                {episode.title}
              </Link>
              {episode.show && (
                <span className="text-sm text-slate-600 dark:text-slate-300"> · {episode.show}</span>
              )}
              {episode.role && (
                <span className="text-sm text-slate-600 dark:text-slate-300"> · {episode.role}</span>
              )}
            </span>
            <span className="text-sm text-slate-700 tabular-nums dark:text-slate-200">
              {episode.seconds > 0 ? (
                <>
                  <span className="sr-only">Talk time </span>
                  <time dateTime={formatIsoDuration(episode.seconds)}>{formatDuration(episode.seconds)}</time>
                </>
              ) : episode.credited ? (
                "credited"
              ) : (
                "no timed speech"
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
