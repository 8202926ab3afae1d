import { describe, expect, it } from "vitest";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { EPISODES_PER_PAGE, libraryHref, listShows, pageLibrary, pageWindow } from "@/lib/view/library-page";

const entry = (slug: string, show?: string): CatalogueEntry => ({
  slug,
  title: `Title ${slug}`,
  ...(show ? { show } : {}),
  speakers: [],
  people: [],
  counts: { sections: 0, keyPoints: 0, sentences: 0, notes: 0, chapters: 0 },
  formats: [],
});
/** `n` episodes e-0 … e-(n-1), in catalogue order, every third one in "Show B", the rest in "Show A". */
const library = (n: number) =>
  Array.from({ length: n }, (_, i) => entry(`e-${i}`, i % 3 === 2 ? "Show B" : "Show A"));

describe("pageLibrary", () => {
  it("cuts the library into pages in catalogue order and says where the page sits", () => {
    const all = library(EPISODES_PER_PAGE * 2 + 5);
    const second = pageLibrary(all, { page: 2 });
    expect(second?.episodes.map((e) => e.slug)).toEqual(
      all.slice(EPISODES_PER_PAGE, EPISODES_PER_PAGE * 2).map((e) => e.slug),
    );
    expect(second).toMatchObject({
      page: 2,
      pageCount: 3,
      total: all.length,
      libraryTotal: all.length,
      first: EPISODES_PER_PAGE + 1,
      last: EPISODES_PER_PAGE * 2,
    });
    const last = pageLibrary(all, { page: 3 });
    expect(last?.episodes.map((e) => e.slug)).toEqual(all.slice(-5).map((e) => e.slug));
    expect(last).toMatchObject({ first: EPISODES_PER_PAGE * 2 + 1, last: all.length });
  });

  it("narrows to one show by its slug, paging within it, and keeps the library's total", () => {
    const all = library(EPISODES_PER_PAGE * 3);
    const b = pageLibrary(all, { showSlug: "show-b", page: 1 });
    expect(b?.show).toEqual({ name: "Show B", slug: "show-b", count: EPISODES_PER_PAGE });
    expect(b?.episodes.every((e) => e.show === "Show B")).toBe(true);
    expect(b).toMatchObject({ total: EPISODES_PER_PAGE, pageCount: 1, libraryTotal: all.length });
    expect(pageLibrary(all, { showSlug: "show-a", page: 2 })?.episodes).toHaveLength(EPISODES_PER_PAGE);
    expect(pageLibrary(all, { showSlug: "show-a", page: 3 })).toBeUndefined();
  });

  it("has no page for an unknown show, page 0, a fraction or a page past the last", () => {
    const all = library(10);
    expect(pageLibrary(all, { showSlug: "no-such-show", page: 1 })).toBeUndefined();
    for (const page of [0, -1, 1.5, 2, Number.NaN]) expect(pageLibrary(all, { page })).toBeUndefined();
  });

  it("gives an empty library one empty page", () => {
    expect(pageLibrary([], { page: 1 })).toMatchObject({
      episodes: [],
      page: 1,
      pageCount: 1,
      total: 0,
      first: 0,
    });
  });
});

describe("listShows", () => {
  it("sorts shows by name, counts their episodes and leaves out episodes without one", () => {
    const shows = listShows([entry("a", "Zeta"), entry("b"), entry("c", "Alpha"), entry("d", "Zeta")]);
    expect(shows).toEqual([
      { name: "Alpha", slug: "alpha", count: 1 },
      { name: "Zeta", slug: "zeta", count: 2 },
    ]);
  });

  it("keeps apart names that fold to the same slug, and names with no letters get one too", () => {
    const shows = listShows([
      entry("a", "AI & You"),
      entry("b", "AI You"),
      entry("c", "Ça va"),
      entry("d", "!!!"),
    ]);
    const slugs = shows.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(4);
    expect(slugs.every((s) => /^[a-z0-9-]+$/.test(s))).toBe(true);
    expect(shows.find((s) => s.name === "Ça va")?.slug).toBe("ca-va");
    // The same catalogue, in another order, gives every show the same slug.
    const again = listShows([
      entry("d", "!!!"),
      entry("c", "Ça va"),
      entry("b", "AI You"),
      entry("a", "AI & You"),
    ]);
    expect(again).toEqual(shows);
  });
});

describe("libraryHref", () => {
  it("gives the first page the short path", () => {
    expect(libraryHref(undefined, 1)).toBe("/");
    expect(libraryHref(undefined, 3)).toBe("/page/3");
    expect(libraryHref("acquired", 1)).toBe("/shows/acquired");
    expect(libraryHref("acquired", 2)).toBe("/shows/acquired/page/2");
  });
});

describe("pageWindow", () => {
  it("shows the first, the last and the current page with its neighbours", () => {
    expect(pageWindow(5, 34)).toEqual([1, "gap", 4, 5, 6, "gap", 34]);
    expect(pageWindow(1, 34)).toEqual([1, 2, "gap", 34]);
    expect(pageWindow(34, 34)).toEqual([1, "gap", 33, 34]);
  });

  it("never hides a single number behind a gap", () => {
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, "gap", 10]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("lists every page of a short library", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});
