import { getCatalogue } from "@/lib/content/load-episodes";
import { EpisodeList } from "@/components/episode-list/episode-list";
import { EmptyLibrary } from "@/components/episode-list/empty-library";

// Rendered on request from the catalogue, so a content build shows here without a site build.
export const dynamic = "force-dynamic";

export default function HomePage() {
  const { episodes } = getCatalogue();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Episodes</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">
        Read an episode, search it for a quote, jump to any moment and share a link that lands exactly there.
      </p>
      {episodes.length === 0 ? <EmptyLibrary /> : <EpisodeList episodes={episodes} />}
    </>
  );
}
