import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";

// Built once per episode at build time (a static JSON file); the page fetches it only when the
// reader starts searching.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getCatalogue().episodes.map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  if (!episode) return new Response("Not found", { status: 404 });
  return Response.json(buildEpisodeSearchIndex(episode));
}
