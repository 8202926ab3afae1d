import type { Metadata } from "next";
import { LibraryView } from "@/components/episode-list/library-view";
import { libraryMetadata, loadLibraryPage } from "@/components/episode-list/load-library-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ show: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { show, n } = await params;
  return libraryMetadata(loadLibraryPage(show, n));
}

export default async function ShowPageN({ params }: Props) {
  const { show, n } = await params;
  return <LibraryView library={loadLibraryPage(show, n)} />;
}
