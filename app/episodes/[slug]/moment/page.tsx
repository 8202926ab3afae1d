import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEpisode } from "@/lib/content/load-episodes";
import { EpisodePage } from "@/components/episode/episode-page";
import { loadPeople } from "@/components/people/load-people";
import { shareMetadata } from "@/lib/view/share-metadata";
import { siteOrigin } from "@/lib/export/site-origin";
import { episodePreview, quotePreview } from "@/lib/view/share-preview";

// `/episodes/<slug>?t=…` lands here (a rewrite in next.config.ts; the address bar keeps the
// link): the episode page, rendered per request because its preview is the quote card of the
// words at `t`. Reading the search params makes this route dynamic; the plain episode page,
// which never reads them, stays prerendered.

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const episode = getEpisode((await params).slug);
  if (!episode) return {};
  const preview = quotePreview(episode, (await searchParams).t) ?? episodePreview(episode);
  return shareMetadata(preview, siteOrigin());
}

export default async function Page({ params }: Props) {
  const episode = getEpisode((await params).slug);
  if (!episode) notFound();
  return <EpisodePage episode={episode} people={loadPeople().slugByKey} />;
}
