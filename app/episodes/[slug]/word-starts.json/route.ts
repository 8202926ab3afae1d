import { episodeJsonRoute } from "@/lib/content/episode-json-route";
import { buildWordStarts } from "@/lib/view/word-starts";

// Built once per episode at build time (a static JSON file); the sync island fetches it when
// playback first has a position, so the page carries no per-word data.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = episodeJsonRoute(buildWordStarts);
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
