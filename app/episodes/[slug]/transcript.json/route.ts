import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.json`: the transcript as a Podcasting 2.0 JSON transcript, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
export const dynamic = "force-dynamic";

const route = exportRoute("json");
export const GET = route.GET;
