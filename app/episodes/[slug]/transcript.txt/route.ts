import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.txt`: the transcript as speaker-labelled plain text, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

const route = exportRoute("txt");
export const GET = route.GET;
