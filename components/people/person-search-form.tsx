/**
 * Search this person's words: the library search with its speaker filter set. A plain GET
 * form (no script needed) that lands on `/search?q=…&speaker=<name>`.
 */
export function PersonSearchForm({ name }: { name: string }) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={`Search ${name}'s words`}
      className="flex gap-2"
    >
      <input type="hidden" name="speaker" value={name} />
      <label htmlFor="person-search" className="sr-only">
        Words said by <bdi>{name}</bdi>
      </label>
      <input
        id="person-search"
        type="search"
        name="q"
        required
        placeholder="Search their words"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
      />
      <button
        type="submit"
        className="rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300"
      >
        Search
      </button>
    </form>
  );
}
