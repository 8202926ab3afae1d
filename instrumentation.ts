/**
 * Next calls register() once as its server starts, before it answers anyone. The library search
 * starts opening here (the embedded database takes ~1 s at 1,000 hours), beside Next's own
 * start-up, instead of after it. Not awaited: the server is ready as soon as Next is, and a
 * search that comes first waits for the same open. Production servers only (`npm run dev` opens
 * it when searched), and not when the server is started with --no-search-warm-up
 * (scripts/serve.mjs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.SEARCH_WARM_UP === "off") return;
  const { startLibrarySearch } = await import("./lib/search/store/get-library-search");
  startLibrarySearch();
}
