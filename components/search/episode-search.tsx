"use client";

import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useQueryInUrl } from "./use-query-in-url";

export interface EpisodeSearchProps {
  slug: string;
  /** Seconds, when known: places the hits on the episode map. */
  duration?: number;
  /** The search box's label, e.g. "Search transcript". */
  label: string;
}

// The panel, the search code and the index load when the reader starts searching.
const SearchPanel = lazy(() => import("./search-panel").then((m) => ({ default: m.SearchPanel })));

const status = "min-w-16 text-sm text-slate-700 tabular-nums dark:text-slate-300";

/**
 * Search inside the episode as you type (see SearchPanel for what it shows). This shell is all
 * the page loads up front: the box, the query and the speaker filter, kept in the URL (`?q=`,
 * `&speaker=`) so a search is a link and a reload restores it. Escape clears it.
 */
export function EpisodeSearch({ slug, duration, label }: EpisodeSearchProps) {
  const [query, setQuery] = useState("");
  const [speaker, setSpeaker] = useState("");
  const [active, setActive] = useState(false);
  const keysRef = useRef<((event: KeyboardEvent<HTMLInputElement>) => void) | null>(null);
  const initial = useQueryInUrl(query, speaker, duration);

  useEffect(() => {
    if (!initial?.query) return;
    // The search restored from the URL (a reload, a shared link) runs at once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(initial.query);
    setSpeaker(initial.speaker ?? "");
    setActive(true);
  }, [initial]);

  return (
    <div role="search" aria-label="This episode" className="mt-2 flex flex-wrap items-center gap-2">
      <label htmlFor="episode-search" className="sr-only">
        {label}
      </label>
      <input
        id="episode-search"
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(true);
        }}
        onFocus={() => setActive(true)}
        onKeyDown={(event) => {
          if (keysRef.current) keysRef.current(event);
          else if (event.key === "Escape" && query) setQuery("");
        }}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        placeholder={`${label} (press /)`}
        className="h-9 min-w-0 flex-1 basis-40 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      {active ? (
        <Suspense
          fallback={
            <p role="status" className={status}>
              {query ? "Searching…" : ""}
            </p>
          }
        >
          <SearchPanel
            slug={slug}
            duration={duration}
            query={query}
            setQuery={setQuery}
            speaker={speaker}
            setSpeaker={setSpeaker}
            initialTime={initial?.time}
            keysRef={keysRef}
          />
        </Suspense>
      ) : (
        <p role="status" className={status} />
      )}
    </div>
  );
}
