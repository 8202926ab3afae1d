import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";

// Rendered on request from the (memoised) model, so the site build does not depend on the content;
// the page fetches it only when the reader starts searching.
export const dynamic = "force-dynamic";

const route = episodeJsonRoute(buildEpisodeSearchIndex);
export const GET = route.GET;
