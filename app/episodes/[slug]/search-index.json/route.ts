import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";

// Built once per episode at build time (a static JSON file); the page fetches it only when the
// reader starts searching.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = episodeJsonRoute(buildEpisodeSearchIndex);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
