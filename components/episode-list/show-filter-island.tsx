"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { loadLinkValidators } from "@/lib/links/load-link-validators";

/** One server-rendered card and the show it belongs to. */
export interface FilterableCard {
  key: string;
  show?: string;
  card: ReactNode;
}

// The filter lives in `?show=…` so a filtered library can be linked to; the page itself stays
// static, and this island reads the parameter only in the browser. A value from the URL is
// validated (zod, loaded only when the URL has `show`); a button's value is one of ours.
let selectedShow: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function readShowParam(): void {
  const search = window.location.search;
  if (!new URLSearchParams(search).has("show")) {
    selectedShow = null;
    notify();
    return;
  }
  loadLinkValidators().then(
    ({ parseShowParam }) => {
      if (window.location.search !== search) return; // a newer URL is being read
      selectedShow = parseShowParam(new URLSearchParams(search).get("show"));
      notify();
    },
    () => {}, // Offline: the unfiltered list stays.
  );
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    readShowParam();
    window.addEventListener("popstate", readShowParam);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener("popstate", readShowParam);
  };
}

function writeShowParam(show: string | null): void {
  const url = new URL(window.location.href);
  if (show === null) url.searchParams.delete("show");
  else url.searchParams.set("show", show);
  window.history.replaceState(window.history.state, "", url);
  selectedShow = show;
  notify();
}

const getSelectedShow = () => selectedShow;

const noSubscription = () => () => {};

/**
 * The library's cards with a show filter: toggle buttons (`aria-pressed`) narrow the list to one
 * show. Every card is rendered on the server and stays in the page without JavaScript; the
 * buttons appear once the island has hydrated, since they need it to work.
 */
export function ShowFilterIsland({ shows, cards }: { shows: string[]; cards: FilterableCard[] }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const requested = useSyncExternalStore(subscribe, getSelectedShow, () => null);
  const selected = requested !== null && shows.includes(requested) ? requested : null;
  const visible = cards.filter((c) => selected === null || c.show === selected).length;
  const button = (label: string, value: string | null, count: number) => (
    <button
      key={value ?? ""}
      type="button"
      aria-pressed={selected === value}
      onClick={() => writeShowParam(value)}
      className="rounded-full border border-slate-300 px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:border-indigo-400 dark:aria-pressed:bg-indigo-400 dark:aria-pressed:text-slate-950"
    >
      {label} <span className="tabular-nums">({count})</span>
    </button>
  );
  return (
    <>
      {shows.length > 1 && (
        <div
          role="group"
          aria-label="Filter by show"
          // Invisible (not hidden) until hydrated: the row keeps its space, so nothing shifts.
          className={`mt-6 flex flex-wrap gap-2 ${hydrated ? "" : "invisible"}`}
        >
          {button("All shows", null, cards.length)}
          {shows.map((show) => button(show, show, cards.filter((c) => c.show === show).length))}
        </div>
      )}
      <p role="status" className="sr-only">
        Showing {visible} of {cards.length} episodes
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2" aria-label="Episodes">
        {cards.map((c) => (
          <li key={c.key} hidden={selected !== null && c.show !== selected}>
            {c.card}
          </li>
        ))}
      </ul>
    </>
  );
}
