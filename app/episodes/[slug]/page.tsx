import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import { EpisodePage } from "@/components/episode/episode-page";

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getCatalogue().episodes.map(({ slug }) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = getEpisode((await params).slug);
  if (!episode) return {};
  const description = episode.summary[0] ?? episode.description ?? `${episode.title}: transcript and notes.`;
  return {
    title: episode.title,
    description,
    openGraph: { title: episode.title, description, type: "article" },
    twitter: { card: "summary_large_image", title: episode.title, description },
  };
}

export default async function Page({ params }: Props) {
  const episode = getEpisode((await params).slug);
  if (!episode) notFound();
  return <EpisodePage episode={episode} />;
}
