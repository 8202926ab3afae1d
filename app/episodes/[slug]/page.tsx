import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEpisode } from "@/lib/content/load-episodes";
import { EpisodePage } from "@/components/episode/episode-page";
import { loadPeople } from "@/components/people/load-people";
import { shareMetadata } from "@/lib/view/share-metadata";
import { siteOrigin } from "@/lib/export/site-origin";
import { episodePreview } from "@/lib/view/share-preview";

// Rendered from the (memoised) model when first asked for, so `next build` does the same work for any
// library and a content change needs no site build. A link with `?t=` is rewritten
// (next.config.ts) to `./moment`, which adds the quote's preview; this one never reads them.
// Made on its first request, then served from Next's cache (kept in memory: next.config.ts) and
// remade in the background a minute after it was made, so a rebuilt model shows without a site build.
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = getEpisode((await params).slug);
  return episode ? shareMetadata(episodePreview(episode), siteOrigin()) : {};
}

export default async function Page({ params }: Props) {
  const episode = getEpisode((await params).slug);
  if (!episode) notFound();
  return <EpisodePage episode={episode} people={loadPeople().slugByKey} />;
}
