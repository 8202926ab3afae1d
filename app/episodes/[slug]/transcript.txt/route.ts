import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.txt`: the transcript as speaker-labelled plain text, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
export const dynamic = "force-dynamic";

const route = exportRoute("txt");
export const GET = route.GET;
