import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.podcast.html`: the transcript as a Podcasting 2.0 HTML transcript
// (`<cite>`, `<time>`, `<p>`; not `transcript.html`, the page's own markup), rendered on request
// from the model (so the site build does not depend on the content); episodes without it answer 404.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

const route = exportRoute("html");
export const GET = route.GET;
