import { ImageResponse } from "next/og";
import { getEpisode } from "@/lib/content/load-episodes";
import { ShareCard } from "@/components/og/share-card";
import { SHARE_CARD_SIZE } from "@/lib/view/share-preview";
import { formatDuration } from "@/lib/time/format-time";

// `/episodes/<slug>/share-card.png`: the episode's title card, rendered on request. A route,
// not the `opengraph-image` file convention: that one adds its `og:image` to the page whether or
// not the site's origin is known (falling back to localhost); the page adds this one only with it.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  if (!episode) return new Response("No such episode", { status: 404 });
  const speakers = episode.speakers.flatMap((s) => (s.name ? [s.name] : [])).join(", ");
  const footer = [episode.duration ? formatDuration(episode.duration) : undefined, speakers]
    .filter(Boolean)
    .join(" · ");
  return new ImageResponse(
    <ShareCard eyebrow={episode.show} title={episode.title} footer={footer} />,
    SHARE_CARD_SIZE,
  );
}
