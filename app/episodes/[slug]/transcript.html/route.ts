import { getEpisode } from "@/lib/content/load-episodes";
import { buildTranscriptHtml } from "@/lib/view/transcript-html";
import { loadPeople } from "@/components/people/load-people";

// `/episodes/<slug>/transcript.html`: the transcript's markup alone, for an in-app navigation to
// the episode page (its HTML is not in the React payload). Rendered on request from the model.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  if (!episode || episode.transcript.turns.length === 0) {
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(buildTranscriptHtml(episode, loadPeople().slugByKey), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
