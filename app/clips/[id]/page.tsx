import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EpisodePage } from "@/components/episode/episode-page";
import { loadClip } from "@/components/clips/load-clip";
import { loadPeople } from "@/components/people/load-people";
import { shareMetadata } from "@/lib/view/share-metadata";
import { siteOrigin } from "@/lib/export/site-origin";
import { clipPreview } from "@/lib/view/clip-preview";

// `/clips/<id>`: the episode page opened on a clip (the id carries episode and range:
// lib/links/clip-id.ts), which unfurls as its quote card. Cached like the episode page; a link
// with the reader's `?title=` is rewritten (next.config.ts) to `./titled`, rendered per request.
export const dynamic = "force-static";
export const revalidate = 60;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = loadClip((await params).id);
  return found ? shareMetadata(clipPreview(found.episode, found.clip), siteOrigin()) : {};
}

export default async function Page({ params }: Props) {
  const found = loadClip((await params).id);
  if (!found) notFound();
  return <EpisodePage episode={found.episode} clip={found.clip} people={loadPeople().slugByKey} />;
}
