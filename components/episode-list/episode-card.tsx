import Link from "next/link";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { formatDuration, formatIsoDuration } from "@/lib/format/format-time";
import { SOURCE_FORMAT_LABELS } from "./source-format-label";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an episode holds, e.g. ["9 sections", "4 key points"]; zero counts are left out. */
function describeCounts({ counts }: CatalogueEntry): string[] {
  return [
    counts.sections > 0 && plural(counts.sections, "section"),
    counts.chapters > 0 && plural(counts.chapters, "chapter"),
    counts.notes > 0 && plural(counts.notes, "note"),
    counts.keyPoints > 0 && plural(counts.keyPoints, "key point"),
    counts.sentences > 0 && plural(counts.sentences, "transcript sentence"),
  ].filter((item): item is string => typeof item === "string");
}

/** One episode of the library: the whole card opens the episode page. */
export function EpisodeCard({ episode }: { episode: CatalogueEntry }) {
  const titleId = `card-${episode.slug}`;
  const counts = describeCounts(episode);
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
      {episode.speakers.length > 0 && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">With {episode.speakers.join(", ")}</p>
      )}
      {counts.length > 0 && (
        <ul aria-label="Contents" className="mt-3 flex flex-wrap gap-2 text-xs">
          {counts.map((item) => (
            <li
              key={item}
              className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700 dark:bg-slate-800 dark:text-slate-200"
            >
              {item}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        Built from {episode.formats.map((format) => SOURCE_FORMAT_LABELS[format]).join(", ")}
      </p>
    </article>
  );
}
