import { ImageResponse } from "next/og";
import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import { SHARE_CARD_SIZE, ShareCard } from "@/components/og/share-card";
import { formatDuration } from "@/lib/format/format-time";

export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";
export const alt = "Episode title card";

export function generateStaticParams(): { slug: string }[] {
  return getCatalogue().episodes.map(({ slug }) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  const speakers = episode?.speakers.flatMap((s) => (s.name ? [s.name] : [])).join(", ");
  const footer = [episode?.duration ? formatDuration(episode.duration) : undefined, speakers]
    .filter(Boolean)
    .join(" · ");
  return new ImageResponse(
    <ShareCard eyebrow={episode?.show} title={episode?.title ?? "Episode"} footer={footer} />,
    size,
  );
}
