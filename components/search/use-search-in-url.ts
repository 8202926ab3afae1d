import { useEffect, useRef, useState } from "react";
import { hasLinkParams } from "@/lib/links/has-link-params";
import { loadLinkValidators } from "@/lib/links/load-link-validators";

/** The episode search's state, kept in the address bar. */
export interface SearchInUrl {
  query: string;
  setQuery: (query: string) => void;
  /** A speaker id's shape only: whether the episode has that speaker is checked with the index. */
  speaker: string;
  setSpeaker: (speaker: string) => void;
  /** True once the reader started searching, or a link carried a search. */
  active: boolean;
  activate: () => void;
  /** The deep-linked time (s) the page loaded with, if any. */
  initialTime?: number;
}

/**
 * The search's query, speaker filter and activity, with `?q=` and `&speaker=` in the address bar
 * in step (`history.replaceState`: no history entry per keystroke; other parameters such as `t`
 * and the hash are kept), so a search is a link and a reload restores it. The filter is written
 * only with a query: without one there is nothing to filter.
 *
 * The URL is read once the page runs in the browser; its values are validated (the validators
 * load only when the URL carries parameters) and become the state itself, so a link's search
 * runs at once. Until then nothing is written, so the link's parameters are not overwritten.
 */
export function useSearchInUrl(duration?: number): SearchInUrl {
  const [query, setQuery] = useState("");
  const [speaker, setSpeaker] = useState("");
  const [active, setActive] = useState(false);
  const [initialTime, setInitialTime] = useState<number | undefined>(undefined);
  // Written from effects and callbacks only: whether the URL may now follow the state.
  const urlRead = useRef(false);

  useEffect(() => {
    if (!hasLinkParams(window.location)) {
      urlRead.current = true;
      return;
    }
    let cancelled = false;
    loadLinkValidators().then(
      ({ parseQueryParam, parseSpeakerParam, parseTimeFromLocation }) => {
        if (cancelled) return;
        const params = new URLSearchParams(window.location.search);
        const { query: restored } = parseQueryParam(params.getAll("q"));
        urlRead.current = true;
        setInitialTime(parseTimeFromLocation(window.location, duration)?.start);
        if (!restored) return;
        setQuery(restored);
        setSpeaker(parseSpeakerParam(params.getAll("speaker")) ?? "");
        setActive(true);
      },
      // Without the validators (offline) the link's query is not trusted: the search starts empty.
      () => {
        if (!cancelled) urlRead.current = true;
      },
    );
    return () => {
      cancelled = true;
    };
  }, [duration]);

  useEffect(() => {
    if (!urlRead.current) return;
    const url = new URL(window.location.href);
    const wanted = { q: query, speaker: query && speaker };
    let changed = false;
    for (const [name, value] of Object.entries(wanted)) {
      if (url.searchParams.getAll(name).join("\n") === value) continue;
      changed = true;
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    if (changed) window.history.replaceState(window.history.state, "", url);
  }, [query, speaker]);

  return { query, setQuery, speaker, setSpeaker, active, activate: () => setActive(true), initialTime };
}
