import Link from "next/link";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { formatDuration } from "@/lib/format/format-time";

/** The library: one card per episode. */
export function EpisodeList({ episodes }: { episodes: CatalogueEntry[] }) {
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2" aria-label="Episodes">
      {episodes.map((episode) => (
        <li
          key={episode.slug}
          className="rounded-lg border border-slate-200 p-4 hover:border-indigo-400 dark:border-slate-800 dark:hover:border-indigo-500"
        >
          {episode.show && (
            <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">{episode.show}</p>
          )}
          <h2 className="mt-1 text-lg font-semibold leading-snug">
            <Link href={`/episodes/${episode.slug}`} className="hover:underline">
              {episode.title}
            </Link>
          </h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            {[
              episode.duration !== undefined ? formatDuration(episode.duration) : undefined,
              episode.speakers.length > 0 ? episode.speakers.join(", ") : undefined,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
