import Link from "next/link";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { formatDuration, formatIsoDuration } from "@/lib/time/format-time";
import { episodeOffers } from "@/lib/view/episode-offers";

/** One episode of the library: the whole card opens the episode page. */
export function EpisodeCard({ episode }: { episode: CatalogueEntry }) {
  const titleId = `card-${episode.slug}`;
  const offers = episodeOffers(episode);
  return (
    <article
      aria-labelledby={titleId}
      className="relative h-full rounded-lg border border-slate-200 p-4 hover:border-indigo-400 dark:border-slate-800 dark:hover:border-indigo-500"
    >
      {episode.show && (
        <p className="text-sm font-medium text-indigo-700 dark:text-indigo-300">{episode.show}</p>
      )}
      <h2 id={titleId} className="mt-1 text-lg font-semibold leading-snug">
        {/* The link's box covers the card (after:inset-0), so the card is one large target. */}
        <Link
          href={`/episodes/${episode.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-indigo-600"
        >
          {episode.title}
        </Link>
      </h2>
      <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-300">
        {episode.published && (
          <time dateTime={episode.published}>
            {new Date(`${episode.published}T00:00:00Z`).toLocaleDateString("en", {
              dateStyle: "long",
              timeZone: "UTC",
            })}
          </time>
        )}
        {episode.duration !== undefined && (
          <time dateTime={formatIsoDuration(episode.duration)}>{formatDuration(episode.duration)}</time>
        )}
      </p>
      {episode.description && (
        // One line on the card; the whole text stays available to screen readers and on hover.
        <p
          className="mt-2 line-clamp-1 text-sm text-slate-700 dark:text-slate-200"
          title={episode.description}
        >
          {episode.description}
        </p>
      )}
      {episode.speakers.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">With {episode.speakers.join(", ")}</p>
      )}
      {offers.length > 0 && (
        <p className="mt-3 text-xs font-medium text-slate-700 dark:text-slate-200">
          <span className="sr-only">Offers: </span>
          <span className="rounded-full bg-indigo-50 px-2 py-0.5 dark:bg-indigo-950">
            {offers.join(" · ")}
          </span>
        </p>
      )}
    </article>
  );
}
