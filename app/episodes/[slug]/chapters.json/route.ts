import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/chapters.json`: the chapters as a Podcasting 2.0 JSON chapters file, rendered on request from
// the model (so the site build does not depend on the content); episodes without it answer 404.
export const dynamic = "force-dynamic";

const route = exportRoute("chapters");
export const GET = route.GET;
