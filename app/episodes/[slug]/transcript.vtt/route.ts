import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/transcript.vtt`: the transcript as WebVTT captions, prerendered at build time.
// Episodes without it are not prerendered and answer 404.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = exportRoute("vtt");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
