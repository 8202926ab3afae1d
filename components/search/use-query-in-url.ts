import { useEffect, useRef, useState } from "react";
import { hasLinkParams } from "@/lib/links/has-link-params";
import { loadLinkValidators } from "@/lib/links/load-link-validators";

/** The search read from the page's URL on load: query, speaker filter and deep-linked time (s). */
export interface InitialSearch {
  query: string;
  /** A speaker id's shape only: whether the episode has that speaker is checked with the index. */
  speaker?: string;
  time?: number;
}

/**
 * Keeps `?q=` and the speaker filter `&speaker=` in the address bar in step with the search
 * (`history.replaceState`: no history entry per keystroke; other parameters such as `t` and the
 * hash are kept), so a search is a link and a reload restores it. The filter is written only
 * with a query: without one there is nothing to filter. Returns what the URL held when the page
 * loaded (once).
 */
export function useQueryInUrl(query: string, speaker: string, duration?: number): InitialSearch | undefined {
  const [initial, setInitial] = useState<InitialSearch | undefined>(undefined);
  const ready = useRef(false);

  useEffect(() => {
    // Reading the URL must wait for the browser: this effect runs once, after hydration.
    if (!hasLinkParams(window.location)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setInitial({ query: "" });
      return;
    }
    let cancelled = false;
    loadLinkValidators().then(
      ({ parseQueryParam, parseSpeakerParam, parseTimeFromLocation }) => {
        if (cancelled) return;
        const params = new URLSearchParams(window.location.search);
        const { query: restored } = parseQueryParam(params.getAll("q"));
        setInitial({
          query: restored,
          speaker: parseSpeakerParam(params.getAll("speaker")) ?? undefined,
          time: parseTimeFromLocation(window.location, duration)?.start,
        });
      },
      // Without the validators (offline) the link's query is not trusted: the search starts empty.
      () => !cancelled && setInitial({ query: "" }),
    );
    return () => {
      cancelled = true;
    };
  }, [duration]);

  useEffect(() => {
    if (!initial) return;
    // The first run only records that the URL has been read: it already holds the search.
    if (!ready.current) {
      ready.current = true;
      return;
    }
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
  }, [query, speaker, initial]);

  return initial;
}
