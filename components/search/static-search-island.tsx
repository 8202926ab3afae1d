"use client";

import { useEffect, useState } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import { toStaticHit, type PagefindResultData, type StaticHit } from "@/lib/search/static/pagefind-hit";

/** Where the export writes the index (scripts/export.mjs); fetched by the browser, never bundled. */
const PAGEFIND_URL = "/pagefind/pagefind.js";
/** Results read (one fragment request each) per page of hits. */
const RESULTS_PER_LOAD = 10;

interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  search(
    query: string,
    options: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface Group {
  slug: string;
  title: string;
  hits: StaticHit[];
}
interface Ready {
  kind: "ready";
  query: string;
  truncated: boolean;
  /** Every result, best first; the first `read` of them are listed in `groups`. */
  results: PagefindResult[];
  groups: Group[];
  read: number;
  /** The speaker filter, whose sentences a window's hit prefers. */
  speaker?: string;
  /** The URL asked for a date range, which this index cannot filter by. */
  dated: boolean;
}
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
  // A URL, not a module name: the bundler leaves it alone and the browser fetches it from the copy.
  const url: string = PAGEFIND_URL;
  const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url)) as Pagefind;
  // Pagefind knows straight quotes only.
  const search = await pagefind.search(query.replace(/[“”„]/g, '"'), { filters, sort });
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
 * page was saved without a query, so when the URL asks for one the page did not answer, this
 * island runs it against the Pagefind index and lists the hits grouped by episode. Under the
 * Node server the page answered already and the island renders nothing.
 */
export function StaticSearchIsland() {
  const [state, setState] = useState<State>({ kind: "off" });

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const container = document.getElementById("search-results");
    if (!params.get("q")?.trim() || !container || container.dataset.query) return;
    let live = true;
    const onQuery = (query: string) => {
      // The page's own answer (the hint for an empty search) gives way to the island's.
      for (const child of Array.from(container.children))
        if (child instanceof HTMLElement) child.hidden = true;
      const input = document.getElementById("library-search");
      if (input instanceof HTMLInputElement) input.value = query;
      document.title = document.title.replace(/^Search\b/, `Search: ${query}`);
      if (live) setState({ kind: "loading" });
    };
    runSearch(params, onQuery)
      .then((ready) => live && ready && setState(ready))
      .catch(() => live && setState({ kind: "error" }));
    return () => {
      live = false;
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

function StaticResults(props: Ready & { onMore: () => void }) {
  const { query, truncated, results, groups, read, dated, onMore } = props;
  const cut = (
    <>
      {truncated && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Only the first {MAX_QUERY_LENGTH} characters of your search were used.
        </p>
      )}
      {dated && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This copy of the site cannot filter by date: episodes of every date are listed.
        </p>
      )}
    </>
  );
  if (results.length === 0)
    return (
      <div className="space-y-4">
        {cut}
        <p className="rounded-md bg-slate-100 p-4 text-slate-800 dark:bg-slate-900 dark:text-slate-200">
          No matches for “{query}”. Try fewer words, or only the words you are sure of.
        </p>
      </div>
    );
  return (
    <div className="space-y-8">
      {cut}
      <p role="status" className="text-slate-700 dark:text-slate-300">
        {results.length === 1 ? "1 match" : `${results.length} matches`}
      </p>
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`results-${group.slug}`} className="space-y-2">
          <h2 id={`results-${group.slug}`} className="text-xl font-semibold">
            <a
              href={`/episodes/${encodeURIComponent(group.slug)}?${new URLSearchParams({ q: query })}`}
              className="text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
            >
              {group.title}
            </a>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {group.hits.length === 1 ? "1 match" : `${group.hits.length} matches`}
          </p>
          <ol className="space-y-2">
            {group.hits.map((hit, i) => (
              <li key={i}>
                <a
                  href={hit.href}
                  className="block rounded-md border border-slate-200 p-3 hover:border-indigo-400 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:hover:bg-slate-900"
                >
                  {hit.about.length > 0 && (
                    <span className="mb-1 block text-xs text-slate-600 dark:text-slate-400">
                      {hit.about.join(" · ")}
                    </span>
                  )}
                  <span className="block text-slate-900 dark:text-slate-100">
                    {hit.parts.map((part, i) =>
                      part.mark ? (
                        <mark key={i} className="rounded-sm bg-yellow-200 text-slate-950 dark:bg-yellow-300">
                          {part.text}
                        </mark>
                      ) : (
                        part.text
                      ),
                    )}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {read < results.length && (
        <button
          type="button"
          onClick={onMore}
          className="h-10 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          More results
        </button>
      )}
    </div>
  );
}
