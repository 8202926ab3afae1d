import { getCatalogue } from "@/lib/content/load-episodes";
import { feedResponse } from "@/lib/export/feed-route";
import { listShows } from "@/lib/view/library-page";

// `/shows/<slug>/feed.xml`: one show's episodes as an RSS feed with the Podcasting 2.0 namespace,
// rendered on request from the catalogue (the show's slug as its page has it); an unknown show
// answers 404.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ show: string }> }) {
  const slug = (await params).show;
  return feedResponse(listShows(getCatalogue().episodes).find((s) => s.slug === slug) ?? null);
}
