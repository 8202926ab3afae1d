import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type RefObject } from "react";
import type { EpisodeHit } from "@/lib/search/episode-searcher";
import { splitExclusions } from "@/lib/search/parse-library-query";
import { SearchHitList } from "./search-hit-list";
import { SearchTicks } from "./search-ticks";
import { usePageMarks } from "./use-page-marks";
import { useSearchIndex } from "./use-search-index";

export interface SearchPanelProps {
  slug: string;
  /** Seconds, when known: places the hits on the episode map. */
  duration?: number;
  query: string;
  setQuery: (query: string) => void;
  /** The speaker filter: a speaker id, "" for all (an id the episode does not have is dropped). */
  speaker: string;
  setSpeaker: (speaker: string) => void;
  /** A deep-linked time (s) the page opened at: the search starts on the hit there. */
  initialTime?: number;
  /** Where the panel puts its handler for the search box's keys (Enter, Shift+Enter, Escape). */
  keysRef: RefObject<((event: KeyboardEvent<HTMLInputElement>) => void) | null>;
}

const NO_HITS: EpisodeHit[] = [];
const button =
  "inline-flex h-9 w-9 items-center justify-center rounded-md border border-slate-300 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-50 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800";

/** Index of the hit to start on for a deep-linked time (s): the hit containing it, else the nearest. */
function hitAtTime(hits: readonly EpisodeHit[], t: number): number {
  let best = 0;
  let distance = Infinity;
  hits.forEach(({ doc }, i) => {
    if (doc.start === undefined) return;
    const d = doc.start <= t && t < (doc.end ?? doc.start) ? -1 : Math.abs(doc.start - t);
    if (d < distance) [best, distance] = [i, d];
  });
  return best;
}

/**
 * Everything the episode search does once the reader starts searching, loaded on demand with
 * the index: the hits marked in the page, the counter with previous/next (buttons, Enter /
 * Shift+Enter), the speaker filter, the list of hits and their ticks on the episode map.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { slug, duration, query, setQuery, speaker, setSpeaker, initialTime, keysRef } = props;
  const [current, setCurrent] = useState(0);
  const [scroll, setScroll] = useState<"smooth" | "instant" | false>("instant");
  const [searched, setSearched] = useState(query);
  const [startTime, setStartTime] = useState(initialTime);
  const [index, load] = useSearchIndex(slug);
  useEffect(load, [load]);

  // A new query starts again on its best hit, brought into view at once.
  if (query !== searched) {
    setSearched(query);
    setCurrent(0);
    setScroll("instant");
    setStartTime(undefined);
  }

  const searcher = index.searcher;
  // A filter from a link may name a speaker this episode does not have: it is dropped (and so
  // leaves the URL), and filters nothing meanwhile.
  const known = !speaker || !searcher || searcher.index.speakers.some((s) => s.id === speaker);
  useEffect(() => {
    if (!known) setSpeaker("");
  }, [known, setSpeaker]);
  const filter = known ? speaker : "";
  const speakerOf = useCallback(
    (hit: EpisodeHit) =>
      hit.doc.speaker === undefined ? "" : (searcher?.index.speakers[hit.doc.speaker]?.id ?? ""),
    [searcher],
  );
  const allHits = useMemo(() => (searcher && query ? searcher.search(query) : NO_HITS), [searcher, query]);
  const hits = useMemo(
    () => (filter ? allHits.filter((h) => speakerOf(h) === filter) : allHits),
    [allHits, filter, speakerOf],
  );
  const docs = useMemo(() => hits.map((h) => h.doc), [hits]);

  // Opened from a library result at a time: start on that hit, left where the sync island put it.
  if (startTime !== undefined && hits.length > 0) {
    setStartTime(undefined);
    setCurrent(hitAtTime(hits, startTime));
    setScroll(false);
  }
  const shown = Math.min(current, Math.max(0, hits.length - 1));
  // What is marked: the query without its exclusions (`-source` marks no "source").
  const marked = useMemo(() => splitExclusions(query).rest, [query]);
  usePageMarks(docs, marked, shown, scroll, searcher?.isWord);

  const go = (to: number) => {
    if (hits.length === 0) return;
    setScroll("smooth");
    setCurrent(((to % hits.length) + hits.length) % hits.length);
  };
  useEffect(() => {
    keysRef.current = (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        go(shown + (event.shiftKey ? -1 : 1));
      } else if (event.key === "Escape" && (query || speaker)) {
        event.preventDefault();
        setSpeaker("");
        setQuery("");
      }
    };
  });

  const speakers = searcher?.index.speakers ?? [];
  const counts = new Map<string, number>();
  for (const hit of allHits) counts.set(speakerOf(hit), (counts.get(speakerOf(hit)) ?? 0) + 1);
  const status =
    index.status === "error"
      ? "Search is unavailable"
      : !query
        ? ""
        : index.status !== "ready"
          ? "Searching…"
          : hits.length === 0
            ? "No matches"
            : `${shown + 1} of ${hits.length}`;

  return (
    <>
      {duration !== undefined && duration > 0 && (
        <SearchTicks hits={docs} current={shown} duration={duration} />
      )}
      <p role="status" className="min-w-16 text-sm text-slate-700 tabular-nums dark:text-slate-300">
        {status}
      </p>
      <button
        type="button"
        className={button}
        onClick={() => go(shown - 1)}
        disabled={hits.length === 0}
        aria-label="Previous match"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className={button}
        onClick={() => go(shown + 1)}
        disabled={hits.length === 0}
        aria-label="Next match"
      >
        <span aria-hidden="true">↓</span>
      </button>
      {speakers.length > 1 && query && allHits.length > 0 && (
        <select
          aria-label="Speaker"
          value={filter}
          onChange={(event) => {
            setSpeaker(event.target.value);
            setCurrent(0);
            setScroll("smooth");
          }}
          className="h-9 max-w-full rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <option value="">All speakers ({allHits.length})</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({counts.get(s.id) ?? 0})
            </option>
          ))}
        </select>
      )}
      {hits.length > 0 && searcher && (
        <SearchHitList
          hits={hits}
          query={marked}
          current={shown}
          index={searcher.index}
          vocabulary={searcher.isWord}
          onSelect={go}
        />
      )}
    </>
  );
}
