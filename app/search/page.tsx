import type { Metadata } from "next";
import { LibraryResults } from "@/components/search/library-results";
import { StaticSearchIsland } from "@/components/search/static-search-island";
import { getLibraryIndex } from "@/lib/search/get-library-index";
import { searchLibrary } from "@/lib/search/library-search";
import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import { parseQueryParam } from "@/lib/links/query-param";

// Rendered per request from the in-memory index of every episode (built once per process).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseQueryParam((await searchParams).q);
  return { title: query ? `Search: ${query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, truncated } = parseQueryParam((await searchParams).q);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Episodes"
        className="flex max-w-2xl gap-2"
      >
        <label htmlFor="library-search" className="sr-only">
          Search every episode
        </label>
        <input
          id="library-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          placeholder="A phrase you remember, even half of it"
          className="h-10 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
        <button
          type="submit"
          className="h-10 rounded-md bg-indigo-700 px-4 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
        >
          Search
        </button>
      </form>
      {truncated && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Only the first {MAX_QUERY_LENGTH} characters of your search were used.
        </p>
      )}
      <div id="search-results" data-query={query}>
        {query ? (
          <LibraryResults result={searchLibrary(getLibraryIndex(), query)} query={query} />
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            Type a phrase you remember from any episode — half of it will do, typos too. Transcripts, notes
            and chapters are searched.
          </p>
        )}
        <StaticSearchIsland />
      </div>
    </div>
  );
}
