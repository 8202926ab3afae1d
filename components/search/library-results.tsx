import Link from "next/link";
import { formatClock } from "@/lib/time/format-time";
import { DOC_KIND_LABEL } from "@/lib/search/doc-kind-label";
import { buildHitHref } from "@/lib/search/hit-href";
import type { LibraryResult } from "@/lib/search/library-search";
import { HighlightedText } from "./highlighted-text";

/** The library search's results, grouped by episode, each hit a deep link that opens on it. */
export function LibraryResults({ result, query }: { result: LibraryResult; query: string }) {
  if (result.total === 0)
    return (
      <p className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200">
        No matches for “{query}”. Try fewer words, or only the words you are sure of.
      </p>
    );
  const episodes = result.episodes.length + result.moreEpisodes;
  return (
    <div className="space-y-8">
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {result.total === 1 ? "1 match" : `${result.total} matches`} in{" "}
        {episodes === 1 ? "1 episode" : `${episodes} episodes`}
      </p>
      {result.episodes.map((episode) => (
        <section key={episode.slug} aria-labelledby={`results-${episode.slug}`} className="space-y-2">
          <h2 id={`results-${episode.slug}`} className="text-xl font-semibold">
            <Link
              href={`/episodes/${episode.slug}?${new URLSearchParams({ q: query })}`}
              className="text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
            >
              {episode.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {episode.total === 1 ? "1 match" : `${episode.total} matches`}
            {episode.total > episode.hits.length && " · open the episode to see them all"}
          </p>
          <ol className="space-y-2">
            {episode.hits.map(({ doc, speaker, section }) => {
              const about = [
                DOC_KIND_LABEL[doc.kind] || undefined,
                speaker,
                doc.start === undefined ? undefined : formatClock(doc.start),
                section,
              ].filter(Boolean);
              return (
                <li key={doc.id}>
                  <Link
                    href={buildHitHref(episode.slug, query, doc)}
                    className="block rounded-md border border-slate-200 p-3 hover:border-indigo-400 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:hover:bg-slate-900"
                  >
                    {about.length > 0 && (
                      <span className="mb-1 block text-xs text-slate-600 dark:text-slate-400">
                        {about.join(" · ")}
                      </span>
                    )}
                    <HighlightedText text={doc.text} query={query} maxChars={240} />
                  </Link>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {result.moreEpisodes > 0 && (
        <p className="text-slate-700 dark:text-slate-300">
          {result.moreEpisodes === 1
            ? "One more episode matches"
            : `${result.moreEpisodes} more episodes match`}
          . Add words to narrow the search.
        </p>
      )}
    </div>
  );
}
