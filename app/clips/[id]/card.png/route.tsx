import { ImageResponse } from "next/og";
import { loadClip } from "@/components/clips/load-clip";
import { ShareCard } from "@/components/og/share-card";
import { SHARE_CARD_SIZE } from "@/lib/view/share-preview";
import { formatClock } from "@/lib/time/format-time";

// `/clips/<id>/card.png`: the clip's quote card (speaker, words, episode, time). A file with no
// query, so the static copy saves it beside the clip page. Cached like the episode's title card.
export const dynamic = "force-static";
export const revalidate = 60;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = loadClip((await params).id);
  if (!found) return new Response("No such clip", { status: 404 });
  const { episode, clip } = found;
  const footer = [clip.quote.speaker, `${formatClock(clip.quote.start)}–${formatClock(clip.stopAt)}`]
    .filter(Boolean)
    .join(" · ");
  return new ImageResponse(
    <ShareCard eyebrow={episode.show} title={episode.title} quote={clip.quote.text} footer={footer} />,
    SHARE_CARD_SIZE,
  );
}
