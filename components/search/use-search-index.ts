import { useCallback, useRef, useState } from "react";
import type { EpisodeSearcher } from "@/lib/search/episode-searcher";
import { loadEpisodeSearcher } from "@/lib/search/load-episode-searcher";

export type SearchIndexState =
  | { status: "idle" | "loading" | "error"; searcher?: undefined }
  | { status: "ready"; searcher: EpisodeSearcher };

// One fetch per episode per page load, shared by remounts.
const pending = new Map<string, Promise<EpisodeSearcher>>();

/**
 * The episode's search index, fetched on demand: nothing is loaded until `load()` is called
 * (the search panel mounts once the reader focuses the box, types, or opens a link with `?q=`).
 */
export function useSearchIndex(slug: string): [SearchIndexState, () => void] {
  const [state, setState] = useState<SearchIndexState>({ status: "idle" });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState({ status: "loading" });
    let promise = pending.get(slug);
    if (!promise) {
      promise = loadEpisodeSearcher(slug);
      pending.set(slug, promise);
      promise.catch(() => pending.delete(slug));
    }
    promise.then(
      (searcher) => setState({ status: "ready", searcher }),
      (error: unknown) => {
        console.warn("Search is unavailable:", error);
        setState({ status: "error" });
      },
    );
  }, [slug]);
  return [state, load];
}
