import { LibraryView } from "@/components/episode-list/library-view";
import { loadLibraryPage, redirectLegacyShowLink } from "@/components/episode-list/load-library-page";

// Rendered on request from the catalogue, so a content build shows here without a site build.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  redirectLegacyShowLink((await searchParams).show);
  return <LibraryView library={loadLibraryPage(undefined, undefined)} />;
}
