import Link from "next/link";
import { Pager } from "@/components/layout/pager";
import { formatClock } from "@/lib/time/format-time";
import { DOC_KIND_LABEL } from "@/lib/search/doc-kind-label";
import { buildHitHref } from "@/lib/search/hit-href";
import type { LibraryEpisodeHits, LibrarySearchResult } from "@/lib/search/engine/library-query";
import { searchHref, type SearchPageState } from "@/lib/links/search-params";
import { MarkedText } from "./marked-text";

const count = new Intl.NumberFormat("en");

/**
 * The words the search put in place of typed ones the library lacks, one clause per typed word:
 * "“access” instead of “acess” and “face” or “phase” instead of “fase”" ("" for none).
 */
function describeCorrections(corrections: LibrarySearchResult["corrections"]): string {
  const byTyped = new Map<string, string[]>();
  for (const { from, to } of corrections) byTyped.set(from, [...(byTyped.get(from) ?? []), to]);
  const or = new Intl.ListFormat("en", { type: "disjunction" });
  const and = new Intl.ListFormat("en", { type: "conjunction" });
  const quote = (word: string) => `“${word}”`;
  const clauses = [...byTyped].map(
    ([typed, words]) => `${or.format(words.map(quote))} instead of ${quote(typed)}`,
  );
  return and.format(clauses);
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${count.format(n)} ${many}`;
}

/** "Published 3 March 2024 · Acquired", or nothing. */
function describeEpisode({ show, published }: LibraryEpisodeHits): string {
  const day = published
    ? new Date(`${published}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })
    : undefined;
  return [show, day].filter(Boolean).join(" · ");
}

function EpisodeHits({ episode, query }: { episode: LibraryEpisodeHits; query: string }) {
  const about = describeEpisode(episode);
  return (
    <section aria-labelledby={`results-${episode.slug}`} className="space-y-2">
      <h2 id={`results-${episode.slug}`} className="text-xl font-semibold">
        <Link
          href={`/episodes/${episode.slug}?${new URLSearchParams({ q: query })}`}
          className="text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
        >
          {episode.title}
        </Link>
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {[about, plural(episode.total, "match", "matches")].filter(Boolean).join(" · ")}
        {episode.total > episode.hits.length && " · open the episode to see them all"}
      </p>
      <ol className="space-y-2">
        {episode.hits.map((hit) => {
          const label = [
            DOC_KIND_LABEL[hit.kind] || undefined,
            hit.speaker,
            hit.start === undefined ? undefined : formatClock(hit.start),
            hit.section,
          ].filter(Boolean);
          return (
            <li key={hit.id}>
              <Link
                href={buildHitHref(episode.slug, query, hit)}
                className="block rounded-md border border-slate-200 p-3 hover:border-indigo-400 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:hover:bg-slate-900"
              >
                {label.length > 0 && (
                  <span className="mb-1 block text-xs text-slate-600 dark:text-slate-400">
                    {label.join(" · ")}
                  </span>
                )}
                <MarkedText text={hit.text} marks={hit.marks} maxChars={240} />
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * The library search's results: a true count, the corrections made, one page of episodes each
 * with its best hits as deep links that open on them, and the pages of the rest.
 */
export function LibraryResults({ result, state }: { result: LibrarySearchResult; state: SearchPageState }) {
  const { query } = state;
  const corrected = describeCorrections(result.corrections);
  if (result.total === 0)
    return (
      <p
        role="status"
        className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
      >
        No matches for “{query}”{corrected && ` (also searched for ${corrected})`}. Try fewer words, or only
        the words you are sure of
        {state.show || state.speaker || state.from || state.to ? ", or clear the filters" : ""}.
      </p>
    );
  if (state.page > result.pageCount)
    return (
      <p
        role="status"
        className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
      >
        There is no page {state.page}: the {plural(result.totalEpisodes, "episode", "episodes")} with a match
        fit on {plural(result.pageCount, "page", "pages")}.{" "}
        <Link
          href={searchHref({ ...state, page: result.pageCount })}
          className="text-indigo-700 underline dark:text-indigo-300"
        >
          Go to the last page
        </Link>
      </p>
    );
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {plural(result.total, "match", "matches")} in {plural(result.totalEpisodes, "episode", "episodes")}
          {result.pageCount > 1 && ` · page ${state.page} of ${result.pageCount}`}
        </p>
        {corrected && <p className="text-sm text-slate-700 dark:text-slate-300">Searched for {corrected}.</p>}
      </div>
      {result.episodes.map((episode) => (
        <EpisodeHits key={episode.slug} episode={episode} query={query} />
      ))}
      <Pager page={state.page} pageCount={result.pageCount} href={(page) => searchHref({ ...state, page })} />
    </div>
  );
}
