import { feedResponse } from "@/lib/export/feed-route";

// `/feed.xml`: the library as an RSS feed with the Podcasting 2.0 namespace, rendered on request
// from the catalogue (so a content build shows here without a site build), as the sitemap is.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return feedResponse();
}
