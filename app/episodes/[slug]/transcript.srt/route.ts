import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.srt`: the transcript as SRT subtitles, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
export const dynamic = "force-dynamic";

const route = exportRoute("srt");
export const GET = route.GET;
