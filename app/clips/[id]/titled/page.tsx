import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EpisodePage } from "@/components/episode/episode-page";
import { loadClip } from "@/components/clips/load-clip";
import { loadPeople } from "@/components/people/load-people";
import { shareMetadata } from "@/lib/view/share-metadata";
import { siteOrigin } from "@/lib/export/site-origin";
import { clipPreview } from "@/lib/view/clip-preview";
import { readClipTitle } from "@/lib/links/clip-title";

// `/clips/<id>?title=…` lands here (a rewrite in next.config.ts; the address bar keeps the link):
// the clip page with the title its maker gave it, rendered per request since it reads the query.

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function find({ params, searchParams }: Props) {
  return loadClip((await params).id, readClipTitle((await searchParams).title));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await find(props);
  return found ? shareMetadata(clipPreview(found.episode, found.clip), siteOrigin()) : {};
}

export default async function Page(props: Props) {
  const found = await find(props);
  if (!found) notFound();
  return <EpisodePage episode={found.episode} clip={found.clip} people={loadPeople().slugByKey} />;
}
