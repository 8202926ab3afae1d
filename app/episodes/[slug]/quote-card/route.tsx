import { ImageResponse } from "next/og";
import { getEpisode } from "@/lib/content/load-episodes";
import { parseTimeParam } from "@/lib/time/parse-time-param";
import { getQuote } from "@/lib/view/get-quote";
import { formatClock } from "@/lib/time/format-time";
import { ShareCard } from "@/components/og/share-card";
import { SHARE_CARD_SIZE } from "@/lib/view/share-preview";

/** `/episodes/<slug>/quote-card?t=516,530`: a PNG card with the quote, its speaker and time. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = getEpisode((await params).slug);
  if (!episode) return new Response("No such episode", { status: 404 });
  const url = new URL(request.url);
  const range = parseTimeParam(url.searchParams.getAll("t"), episode.duration);
  const quote = range ? getQuote(episode, range.start, range.end) : undefined;
  const footer = quote ? [quote.speaker, formatClock(quote.start)].filter(Boolean).join(" · ") : undefined;
  return new ImageResponse(
    <ShareCard eyebrow={episode.show} title={episode.title} quote={quote?.text} footer={footer} />,
    { ...SHARE_CARD_SIZE, headers: { "cache-control": "public, max-age=86400, immutable" } },
  );
}
