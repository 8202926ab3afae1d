// Which fields of the /search form say nothing the page's defaults don't: small and free of zod,
// for the form's script (components/search/tidy-search-form-island.tsx).

/** The order of library results when the URL names none (search-params.ts reads it so too). */
export const DEFAULT_LIBRARY_SORT = "relevance";

/**
 * The names of the submitted fields that can be left out of the URL: those left empty (or only
 * blank) and the default order. The page reads a missing field as its default, so the address a
 * reader shares is `/search?q=open+source`, not `…&show=&speaker=&from=&to=&sort=relevance`.
 * The words themselves (`q`) always stay, even empty: the page then says to type something.
 */
export function redundantSearchFields(entries: Iterable<readonly [string, unknown]>): string[] {
  const names = new Set<string>();
  for (const [name, value] of entries) {
    if (name === "q" || typeof value !== "string") continue;
    if (value.trim() === "" || (name === "sort" && value === DEFAULT_LIBRARY_SORT)) names.add(name);
  }
  return [...names];
}
