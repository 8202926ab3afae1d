import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import { EpisodePage } from "@/components/episode/episode-page";
import { shareMetadata } from "@/lib/view/share-metadata";
import { siteOrigin } from "@/lib/export/site-origin";
import { episodePreview } from "@/lib/view/share-preview";

// Prerendered: a link with `?t=` is rewritten (next.config.ts) to `./moment`, which renders this
// same page per request with the quote's preview, so this one never reads the search params.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getCatalogue().episodes.map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = getEpisode((await params).slug);
  return episode ? shareMetadata(episodePreview(episode), siteOrigin()) : {};
}

export default async function Page({ params }: Props) {
  const episode = getEpisode((await params).slug);
  if (!episode) notFound();
  return <EpisodePage episode={episode} />;
}
