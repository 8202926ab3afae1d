import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import type { PagefindResultData, StaticHit } from "@/lib/search/static/pagefind-hit";
import { ExcerptText } from "./excerpt-text";

export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  init(): Promise<void>;
  search(
    query: string,
    options: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
export interface Group {
  slug: string;
  title: string;
  hits: StaticHit[];
}
export interface Ready {
  kind: "ready";
  query: string;
  truncated: boolean;
  /** Every result, best first; the first `read` of them are listed in `groups`. */
  results: PagefindResult[];
  groups: Group[];
  read: number;
  /** The speaker filter, whose sentences a window's hit prefers. */
  speaker?: string;
  /** The URL asked for a date range, which this index cannot filter by. */
  dated: boolean;
}
/** The static search's results, grouped by episode like library-results.tsx; text stays text. */
export function StaticResults(props: Ready & { onMore: () => void }) {
  const { query, truncated, results, groups, read, dated, onMore } = props;
  const cut = (
    <>
      {truncated && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Only the first {MAX_QUERY_LENGTH} characters of your search were used.
        </p>
      )}
      {dated && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This copy of the site cannot filter by date: episodes of every date are listed.
        </p>
      )}
    </>
  );
  if (results.length === 0)
    return (
      <div className="space-y-4">
        {cut}
        <p className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200">
          No matches for “{query}”. Try fewer words, or only the words you are sure of.
        </p>
      </div>
    );
  return (
    <div className="space-y-8">
      {cut}
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {results.length === 1 ? "1 match" : `${results.length} matches`}
      </p>
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`results-${group.slug}`} className="space-y-2">
          <h2 id={`results-${group.slug}`} className="text-xl font-semibold">
            <a
              href={`/episodes/${encodeURIComponent(group.slug)}?${new URLSearchParams({ q: query })}`}
              className="text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
            >
              {group.title}
            </a>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {group.hits.length === 1 ? "1 match" : `${group.hits.length} matches`}
          </p>
          <ol className="space-y-2">
            {group.hits.map((hit, i) => (
              <li key={i}>
                <a
                  href={hit.href}
                  className="block rounded-md border border-slate-200 p-3 hover:border-indigo-400 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:hover:bg-slate-900"
                >
                  {hit.about.length > 0 && (
                    <span className="mb-1 block text-xs text-slate-600 dark:text-slate-400">
                      {hit.about.join(" · ")}
                    </span>
                  )}
                  <ExcerptText parts={hit.parts} />
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {read < results.length && (
        <button
          type="button"
          onClick={onMore}
          className="h-10 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          More results
        </button>
      )}
    </div>
  );
}
