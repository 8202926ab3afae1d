import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LibraryResults } from "@/components/search/library-results";
import type { LibraryEpisodeHits, LibrarySearchResult } from "@/lib/search/engine/library-query";
import { parseSearchParams, type SearchPageState } from "@/lib/links/search-params";

const episode = (i: number, hits = 2): LibraryEpisodeHits => ({
  slug: `e-${i}`,
  title: `Episode <${i}>`,
  show: "Odd & Even",
  published: "2024-03-05",
  total: hits + 3,
  hits: Array.from({ length: hits }, (_, h) => ({
    id: `s-${i}-${h}`,
    kind: "sentence" as const,
    text: `We said <b>attention</b> is all you need, take ${h}.`,
    marks: [[11, 20]] as [number, number][],
    start: 61.25 + h,
    end: 63 + h,
    speaker: "Ada Lovelace",
    section: "Opening",
  })),
});

function result(over: Partial<LibrarySearchResult> = {}): LibrarySearchResult {
  return {
    total: 55,
    totalEpisodes: 11,
    page: 1,
    pageCount: 2,
    episodes: [episode(1), episode(2)],
    corrections: [],
    ...over,
  };
}
const state = (params: Record<string, string>): SearchPageState => parseSearchParams(params);
const render = (r: LibrarySearchResult, s: SearchPageState) =>
  renderToStaticMarkup(<LibraryResults result={r} state={s} />);
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? "").replaceAll("&amp;", "&"));

describe("LibraryResults", () => {
  it("states the true totals and the page, and lists each episode's hits as deep links", () => {
    const html = render(result(), state({ q: "attention", page: "1" }));
    expect(html).toContain("55 matches in 11 episodes · page 1 of 2");
    expect(html).toContain("Odd &amp; Even · 5 March 2024 · 5 matches · open the episode to see them all");
    expect(hrefs(html)).toContain("/episodes/e-1?t=61.3&q=attention");
    expect(html).toContain("Ada Lovelace · 1:01 · Opening");
  });

  it("marks the engine's ranges and renders every text as text", () => {
    const html = render(result(), state({ q: "attention" }));
    expect(html).toContain("<mark");
    expect(html).toMatch(/We said &lt;b&gt;<mark[^>]*>attention<\/mark>&lt;\/b&gt; is all/);
    expect(html).toContain("Episode &lt;1&gt;");
    expect(html).not.toContain("<b>");
  });

  it("pages keep the query, filters and order", () => {
    const html = render(result(), state({ q: "a b", show: "odd", speaker: "Ada", sort: "newest" }));
    expect(hrefs(html)).toContain("/search?q=a+b&show=odd&speaker=Ada&sort=newest&page=2");
  });

  it("says what was corrected", () => {
    const html = render(
      result({ corrections: [{ from: "atention", to: "attention" }] }),
      state({ q: "atention" }),
    );
    expect(html).toContain("Searched for “attention” instead of “atention”.");
    const several = render(
      result({
        corrections: [
          { from: "acess", to: "access" },
          { from: "fase", to: "face" },
          { from: "fase", to: "phase" },
        ],
      }),
      state({ q: "acess fase" }),
    );
    expect(several).toContain(
      "Searched for “access” instead of “acess” and “face” or “phase” instead of “fase”.",
    );
    expect(render(result(), state({ q: "attention" }))).not.toContain("Searched for");
  });

  it("no hits: says so, and suggests clearing filters only when there are some", () => {
    const none = result({ total: 0, totalEpisodes: 0, pageCount: 1, episodes: [] });
    expect(render(none, state({ q: "zebra" }))).toContain(
      "No matches for “zebra”. Try fewer words, or only the words you are sure of.",
    );
    expect(render(none, state({ q: "zebra", speaker: "Bo" }))).toContain(", or clear the filters.");
  });

  it("no hits after a correction: says which words were searched for too", () => {
    const none = result({ total: 0, totalEpisodes: 0, pageCount: 1, episodes: [] });
    const corrections = [
      { from: "acess", to: "access" },
      { from: "polcy", to: "policy" },
    ];
    expect(render({ ...none, corrections }, state({ q: "acess control polcy" }))).toContain(
      "No matches for “acess control polcy” (also searched for “access” instead of “acess” and “policy” " +
        "instead of “polcy”). Try fewer words, or only the words you are sure of.",
    );
    expect(render(none, state({ q: "zebra" }))).not.toContain("also searched");
  });

  it("a page past the last links to the last one", () => {
    const html = render(result({ episodes: [] }), state({ q: "x", page: "9" }));
    expect(html).toContain("There is no page 9");
    expect(hrefs(html)).toEqual(["/search?q=x&page=2"]);
  });

  it("a single page has no pager", () => {
    expect(render(result({ pageCount: 1 }), state({ q: "x" }))).not.toContain('aria-label="Pages"');
  });
});
