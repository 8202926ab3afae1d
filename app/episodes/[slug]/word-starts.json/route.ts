import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildWordStarts } from "@/lib/view/word-starts";

// Rendered on request from the (memoised) model, so the site build does not depend on the content;
// the sync island fetches it when playback first has a position, so the page carries no per-word data.
export const dynamic = "force-dynamic";

const route = episodeJsonRoute(buildWordStarts);
export const GET = route.GET;
