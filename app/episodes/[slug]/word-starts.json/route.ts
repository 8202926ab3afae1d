import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildWordStarts } from "@/lib/view/word-starts";

// Rendered on request from the (memoised) model, so the site build does not depend on the content;
// the sync island fetches it when playback first has a position, so the page carries no per-word data.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

const route = episodeJsonRoute(buildWordStarts);
export const GET = route.GET;
