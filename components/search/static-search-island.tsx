"use client";

import { useEffect, useState } from "react";
import { STATIC_COPY_ATTRIBUTE } from "@/lib/export/static-copy";
import { toStaticHit, type StaticHit } from "@/lib/search/static/pagefind-hit";
import { RESULTS_PER_LOAD } from "@/lib/search/static/results-per-load";
import {
  StaticResults,
  type Group,
  type Pagefind,
  type PagefindResult,
  type Ready,
} from "./static-search-results";
import { answerSearchForm } from "./answer-search-form";
import { holdDocumentTitle } from "./hold-document-title";
import { LIBRARY_SEARCH_FORM_ID } from "./library-search-form-id";
import { SEARCH_RESULTS_ID } from "./search-results-id";

/** Where the export writes the index (scripts/export.mjs); fetched by the browser, never bundled. */
const PAGEFIND_URL = "/pagefind/pagefind.js";

type State = { kind: "off" } | { kind: "loading" } | { kind: "error" } | Ready;

/** Hits appended to their episode's group, episodes in the order of their best hit. */
function addHits(groups: Group[], hits: StaticHit[]): Group[] {
  const next = groups.map((g) => ({ ...g, hits: [...g.hits] }));
  for (const hit of hits) {
    const group = next.find((g) => g.slug === hit.slug);
    if (group) group.hits.push(hit);
    else next.push({ slug: hit.slug, title: hit.title, hits: [hit] });
  }
  return next;
}

let loading: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once per page; a failed load is tried again next time. */
function loadPagefind(): Promise<Pagefind> {
  // A URL, not a module name: the bundler leaves it alone and the browser fetches it from the copy.
  const url: string = PAGEFIND_URL;
  loading ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>)
    .then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

async function readHits(results: PagefindResult[], query: string, speaker?: string): Promise<StaticHit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => toStaticHit(d, query, speaker));
}

/** The search the URL asks for (`q`, `show`, `speaker`, `sort`), run against the Pagefind index. */
async function runSearch(
  params: URLSearchParams,
  onQuery: (query: string) => void,
): Promise<Ready | undefined> {
  const { parseQueryParam } = await import("@/lib/links/query-param");
  const { query, truncated } = parseQueryParam(params.get("q"));
  if (!query) return undefined;
  onQuery(query);
  const filters: Record<string, string> = {};
  for (const key of ["show", "speaker"]) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const order = params.get("sort");
  const sort =
    order === "newest" || order === "oldest" ? { published: order === "newest" ? "desc" : "asc" } : undefined;
  const pagefind = await loadPagefind();
  const { toPagefindQuery } = await import("@/lib/search/static/pagefind-query");
  const search = await pagefind.search(toPagefindQuery(query), { filters, sort });
  const results = search?.results ?? [];
  const hits = await readHits(results.slice(0, RESULTS_PER_LOAD), query, filters.speaker);
  return {
    kind: "ready",
    query,
    truncated,
    results,
    groups: addHits([], hits),
    read: hits.length,
    speaker: filters.speaker,
    dated: params.has("from") || params.has("to"),
  };
}

/**
 * The library search of the static copy (`npm run export`), in the browser: the copy's /search
 * page was saved without a query (and marked, STATIC_COPY_ATTRIBUTE), so when the URL asks for one
 * this island runs it against the Pagefind index and lists the hits grouped by episode. It answers
 * the page's form itself (answerSearchForm): a search typed in the page runs there, where Pagefind
 * is loaded and warm (from the moment the form has focus), not in a new page that loads it again.
 * Under the Node server the page answers every search and the island renders nothing.
 */
export function StaticSearchIsland() {
  const [state, setState] = useState<State>({ kind: "off" });

  useEffect(() => {
    const container = document.getElementById(SEARCH_RESULTS_ID);
    if (!container?.hasAttribute(STATIC_COPY_ATTRIBUTE)) return;
    // The page's own answer (the hint for an empty search): in the page before the island renders.
    const pageAnswer = Array.from(container.children).filter((c) => c instanceof HTMLElement);
    const title = document.title;
    const heldTitle = holdDocumentTitle();
    let live = true;
    let latest = 0;
    const search = (params: URLSearchParams) => {
      const run = ++latest;
      const current = () => live && run === latest;
      const onQuery = (query: string) => {
        // A search overtaken by a later one (its code was still loading) leaves the box alone.
        if (!current()) return;
        for (const child of pageAnswer) child.hidden = true;
        const input = document.getElementById("library-search");
        if (input instanceof HTMLInputElement) input.value = query;
        heldTitle.set(title.replace(/^Search\b/, `Search: ${query}`));
        setState({ kind: "loading" });
      };
      runSearch(params, onQuery)
        .then((ready) => current() && ready && setState(ready))
        .catch(() => current() && setState({ kind: "error" }));
    };
    const asked = new URLSearchParams(location.search);
    if (asked.get("q")?.trim()) search(asked);
    const form = document.getElementById(LIBRARY_SEARCH_FORM_ID);
    const release = form instanceof HTMLFormElement ? answerSearchForm(form, search) : undefined;
    // While the first search is typed, Pagefind loads: at Enter it is ready to search.
    const warm = () => void loadPagefind().catch(() => {});
    form?.addEventListener("focusin", warm, { once: true });
    return () => {
      live = false;
      release?.();
      form?.removeEventListener("focusin", warm);
      heldTitle.release();
    };
  }, []);

  if (state.kind === "off") return null;
  if (state.kind === "loading")
    return (
      <p role="status" className="text-slate-700 dark:text-slate-300">
        Searching every episode…
      </p>
    );
  if (state.kind === "error")
    return (
      <p
        role="alert"
        className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200"
      >
        The search could not be loaded. Check your connection and reload the page.
      </p>
    );
  const more = async () => {
    const next = state.results.slice(state.read, state.read + RESULTS_PER_LOAD);
    const hits = await readHits(next, state.query, state.speaker).catch(() => undefined);
    if (!hits) return setState({ kind: "error" });
    setState({ ...state, groups: addHits(state.groups, hits), read: state.read + hits.length });
  };
  return <StaticResults {...state} onMore={() => void more()} />;
}
