import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import { SearchPendingIsland } from "./search-pending-island";
import { SEARCH_RESULTS_ID } from "./search-results-id";

const FORM_ID = "site-search-form";

/**
 * The header's search over every episode: a plain GET form to `/search`, so it works without
 * JavaScript. Its box is a text field, not a search field, on purpose: `/` on an episode page
 * focuses the first search field, which must be the episode's own search. While the search is
 * on its way, its button turns a ring and a screen reader hears so (SearchPendingIsland).
 */
export function SiteSearchForm() {
  return (
    <form
      id={FORM_ID}
      action="/search"
      method="get"
      role="search"
      aria-label="All episodes"
      className="group order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1 sm:justify-end"
    >
      <label htmlFor="site-search" className="sr-only">
        Search all episodes
      </label>
      <input
        id="site-search"
        name="q"
        type="text"
        enterKeyHint="search"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        placeholder="Search all episodes"
        className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 sm:max-w-64 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span
          aria-hidden="true"
          className="hidden size-3.5 animate-spin rounded-full border-2 border-current border-t-transparent group-data-[pending]:inline-block motion-reduce:animate-none"
        />
        Search
      </button>
      <SearchPendingIsland formId={FORM_ID} resultsId={SEARCH_RESULTS_ID} className="sr-only" />
    </form>
  );
}
