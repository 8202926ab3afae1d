import type { Metadata } from "next";
import { LibraryView } from "@/components/episode-list/library-view";
import { libraryMetadata, loadLibraryPage } from "@/components/episode-list/load-library-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return libraryMetadata(loadLibraryPage(undefined, (await params).n));
}

export default async function LibraryPageRoute({ params }: Props) {
  return <LibraryView library={loadLibraryPage(undefined, (await params).n)} />;
}
