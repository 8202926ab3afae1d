import type { Metadata } from "next";
import { LibraryResults } from "@/components/search/library-results";
import { LibrarySearchForm } from "@/components/search/library-search-form";
import { SearchNotices } from "@/components/search/search-notices";
import { StaticSearchIsland } from "@/components/search/static-search-island";
import { runLibrarySearch } from "@/components/search/run-library-search";
import { SEARCH_RESULTS_ID } from "@/components/search/search-results-id";
import { isRenderingStaticCopy, STATIC_COPY_ATTRIBUTE } from "@/lib/export/static-copy";
import { parseSearchParams } from "@/lib/links/search-params";

// Every search is its own request: the engine (embedded PGlite or DATABASE_URL) answers it.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = parseSearchParams(await searchParams);
  return { title: query ? `Search: ${query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const state = parseSearchParams(await searchParams);
  const { choices, outcome, notices } = await runLibrarySearch(state);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <LibrarySearchForm state={state} choices={choices} />
      <SearchNotices notices={[...state.ignored, ...notices]} truncated={state.truncated} />
      <section
        id={SEARCH_RESULTS_ID}
        aria-label="Search results"
        {...(isRenderingStaticCopy() && { [STATIC_COPY_ATTRIBUTE]: "" })}
        className="transition-opacity aria-busy:opacity-60"
      >
        {outcome.kind === "results" && <LibraryResults result={outcome.result} state={state} />}
        {outcome.kind === "unavailable" && (
          <p
            role="alert"
            className="rounded-md bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50"
          >
            Library search is unavailable right now. {outcome.message}
          </p>
        )}
        {outcome.kind === "idle" && (
          <p className="text-slate-700 dark:text-slate-300">
            Type a phrase you remember from any episode — half of it will do, typos too. Transcripts, notes,
            chapters, sections, key points and the people of each episode are searched. Put words in “quotes”
            for an exact phrase, or a minus before a word to leave it out.
          </p>
        )}
        {/* The static copy has no server to answer: there the island searches its Pagefind index. */}
        <StaticSearchIsland />
      </section>
    </div>
  );
}
