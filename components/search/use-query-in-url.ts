"use client";

import { useEffect, useRef, useState } from "react";
import { hasLinkParams } from "@/lib/links/has-link-params";
import { loadLinkValidators } from "@/components/links/read-link-params";

/** The query read from the page's URL on load, and the deep-linked time (s) it came with. */
export interface InitialSearch {
  query: string;
  time?: number;
}

/**
 * Keeps `?q=` in the address bar in step with the query (`history.replaceState`: no history
 * entry per keystroke; other parameters such as `t` and the hash are kept), so a search is a
 * link and a reload restores it. Returns what the URL held when the page loaded (once).
 */
export function useQueryInUrl(query: string, duration?: number): InitialSearch | undefined {
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
      ({ parseQueryParam, parseTimeFromLocation }) => {
        if (cancelled) return;
        const { query: restored } = parseQueryParam(new URLSearchParams(window.location.search).getAll("q"));
        setInitial({ query: restored, time: parseTimeFromLocation(window.location, duration)?.start });
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
    // The first run only records that the URL has been read: it already holds the query.
    if (!ready.current) {
      ready.current = true;
      return;
    }
    const url = new URL(window.location.href);
    if (url.searchParams.get("q") === (query || null)) return;
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  }, [query, initial]);

  return initial;
}
