/**
 * Whether this server renders pages for `npm run export`'s static copy (scripts/export.mjs starts
 * it with STATIC_COPY=1). No server answers a search there, so the copy's /search page says so
 * and its island searches the Pagefind index from the first search on, typed in that very page.
 */
export function isRenderingStaticCopy(): boolean {
  return process.env.STATIC_COPY === "1";
}

/** The attribute the /search page's results carry in the static copy (`data-static-copy`). */
export const STATIC_COPY_ATTRIBUTE = "data-static-copy";
