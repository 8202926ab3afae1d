import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.vtt`: the transcript as WebVTT captions, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
export const dynamic = "force-dynamic";

const route = exportRoute("vtt");
export const GET = route.GET;
