import { exportRoute } from "@/lib/export/export-route";

// `/episodes/<slug>/chapters.json`: the chapters as a Podcasting 2.0 JSON chapters file, prerendered at build time.
// Episodes without it are not prerendered and answer 404.
export const dynamic = "force-static";
export const dynamicParams = false;

const route = exportRoute("chapters");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
