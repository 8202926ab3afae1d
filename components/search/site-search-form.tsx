import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";

/**
 * The header's search over every episode: a plain GET form to `/search`, so it works without
 * JavaScript. Its box is a text field, not a search field, on purpose: `/` on an episode page
 * focuses the first search field, which must be the episode's own search.
 */
export function SiteSearchForm() {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="All episodes"
      className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1 sm:justify-end"
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
        className="inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        Search
      </button>
    </form>
  );
}
