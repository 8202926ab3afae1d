"use client";

import { lazy, Suspense, useRef, type KeyboardEvent } from "react";
import { useSearchInUrl } from "./use-search-in-url";
import { useFloatingBar } from "./use-floating-bar";

export interface EpisodeSearchIslandProps {
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
export function EpisodeSearchIsland({ slug, duration, label }: EpisodeSearchIslandProps) {
  // A search restored from the URL (a reload, a shared link) is the state itself: it runs at once.
  const { query, setQuery, speaker, setSpeaker, active, activate, initialTime } = useSearchInUrl(duration);
  const keysRef = useRef<((event: KeyboardEvent<HTMLInputElement>) => void) | null>(null);
  const [slot, bar, floating] = useFloatingBar(query !== "");

  return (
    // While searching on a narrow screen (the player scrolls away there), the bar floats at the top
    // of the viewport once its place scrolls out, so the box, counter and arrows stay at hand.
    <div ref={slot} style={floating ? { minHeight: floating } : undefined}>
      <div
        ref={bar}
        role="search"
        aria-label="This episode"
        data-search-bar=""
        data-floating={floating ? "" : undefined}
        className="mt-2 flex flex-wrap items-center gap-2 data-floating:fixed data-floating:inset-x-0 data-floating:top-0 data-floating:z-30 data-floating:mt-0 data-floating:border-b data-floating:border-slate-200 data-floating:bg-white data-floating:px-4 data-floating:py-2 data-floating:shadow-md dark:data-floating:border-slate-800 dark:data-floating:bg-slate-950"
      >
        <label htmlFor="episode-search" className="sr-only">
          {label}
        </label>
        <input
          id="episode-search"
          type="search"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            activate();
          }}
          onFocus={activate}
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
              initialTime={initialTime}
              keysRef={keysRef}
            />
          </Suspense>
        ) : (
          <p role="status" className={status} />
        )}
      </div>
    </div>
  );
}
