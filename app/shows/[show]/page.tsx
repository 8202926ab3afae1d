import type { Metadata } from "next";
import { LibraryView } from "@/components/episode-list/library-view";
import { libraryMetadata, loadLibraryPage } from "@/components/episode-list/load-library-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ show: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return libraryMetadata(loadLibraryPage((await params).show, undefined));
}

export default async function ShowPage({ params }: Props) {
  return <LibraryView library={loadLibraryPage((await params).show, undefined)} />;
}
