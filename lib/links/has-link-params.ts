/** Where a page's link parameters are: `search` (`?t=516&q=…`) and `hash` (`#t=516`). */
export interface LinkLocation {
  search: string;
  hash: string;
}

/**
 * Whether the location carries a query string or a `#t=` time. Most visits carry neither: they
 * then never download the validators (zod is a quarter of the page's own script).
 */
export function hasLinkParams(location: LinkLocation): boolean {
  return location.search.length > 1 || /^#(?:.*&)?t=/.test(location.hash);
}
