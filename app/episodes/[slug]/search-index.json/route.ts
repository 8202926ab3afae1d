import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";

// Rendered on request from the (memoised) model, so the site build does not depend on the content;
// the page fetches it only when the reader starts searching.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

const route = episodeJsonRoute(buildEpisodeSearchIndex);
export const GET = route.GET;
