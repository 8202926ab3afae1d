import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import { buildWordStarts } from "@/lib/view/word-starts";

// Built once per episode at build time (a static JSON file); the sync island fetches it when
// playback first has a position, so the page carries no per-word data.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getCatalogue().episodes.map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  if (!episode) return new Response("Not found", { status: 404 });
  return Response.json(buildWordStarts(episode));
}
