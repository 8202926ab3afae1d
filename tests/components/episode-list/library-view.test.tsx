import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LibraryView } from "@/components/episode-list/library-view";
import type { CatalogueEntry } from "@/lib/model/episode-schema";
import { EPISODES_PER_PAGE, pageLibrary, type LibraryPage } from "@/lib/view/library-page";

const entry = (i: number): CatalogueEntry => ({
  slug: `e-${i}`,
  title: `Episode number ${i}`,
  show: i % 2 === 0 ? "Even Hour" : "Odd <Hour>",
  speakers: [],
  people: [],
  counts: { sections: 0, keyPoints: 0, sentences: 0, notes: 0, chapters: 0 },
  formats: [],
});
const LIBRARY = Array.from({ length: EPISODES_PER_PAGE * 4 + 3 }, (_, i) => entry(i));

function render(page: LibraryPage | undefined): string {
  if (!page) throw new Error("no such page");
  return renderToStaticMarkup(<LibraryView library={page} />);
}
/** [href, text, aria-current] of every link inside the nav named `label`. */
function navLinks(html: string, label: string): string[][] {
  const nav = new RegExp(`<nav aria-label="${label}"[^>]*>(.*?)</nav>`).exec(html)?.[1] ?? "";
  return [...nav.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)].map((m) => [
    /href="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "",
    (m[2] ?? "").replace(/<[^>]+>/g, ""),
    /aria-current="([^"]*)"/.exec(m[1] ?? "")?.[1] ?? "",
  ]);
}
const cardTitles = (html: string) => [...html.matchAll(/<h2 [^>]*><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe("LibraryView", () => {
  it("renders only its page's cards and says which they are", () => {
    const html = render(pageLibrary(LIBRARY, { page: 2 }));
    expect(cardTitles(html)).toEqual(
      LIBRARY.slice(EPISODES_PER_PAGE, EPISODES_PER_PAGE * 2).map((e) => e.title),
    );
    expect(html).toContain(`Episodes ${EPISODES_PER_PAGE + 1}–${EPISODES_PER_PAGE * 2} of ${LIBRARY.length}`);
  });

  it("links to the pages around this one, marking it current", () => {
    const pager = navLinks(render(pageLibrary(LIBRARY, { page: 2 })), "Pages");
    expect(pager).toEqual([
      ["/", "Previous page", ""],
      ["/", "1", ""],
      ["/page/2", "2", "page"],
      ["/page/3", "3", ""],
      ["/page/4", "4", ""],
      ["/page/5", "5", ""],
      ["/page/3", "Next page", ""],
    ]);
    const first = navLinks(render(pageLibrary(LIBRARY, { page: 1 })), "Pages");
    expect(first.map(([, text]) => text)).not.toContain("Previous page");
    const last = navLinks(render(pageLibrary(LIBRARY, { page: 5 })), "Pages");
    expect(last.map(([, text]) => text)).not.toContain("Next page");
  });

  it("links to every show's pages, marks the one shown, and pages within it", () => {
    const html = render(pageLibrary(LIBRARY, { showSlug: "odd-hour", page: 2 }));
    expect(navLinks(html, "Filter by show")).toEqual([
      ["/", `All shows (${LIBRARY.length})`, ""],
      ["/shows/even-hour", "Even Hour (62)", ""],
      ["/shows/odd-hour", "Odd &lt;Hour&gt; (61)", "page"],
    ]);
    expect(cardTitles(html).every((title) => Number(/\d+$/.exec(title ?? "")?.[0]) % 2 === 1)).toBe(true);
    expect(navLinks(html, "Pages").find(([, , current]) => current === "page")?.[0]).toBe(
      "/shows/odd-hour/page/2",
    );
    expect(html).toContain(`Episodes ${EPISODES_PER_PAGE + 1}–60 of 61 in Odd &lt;Hour&gt;`);
  });

  it("has no pager for a library that fits one page, and no filter for a single show", () => {
    const small = LIBRARY.slice(0, 3).map((e) => ({ ...e, show: "Only Show" }));
    const html = render(pageLibrary(small, { page: 1 }));
    expect(html).not.toContain('aria-label="Pages"');
    expect(html).not.toContain('aria-label="Filter by show"');
    expect(html).toContain("3 episodes");
  });

  it("shows how to add episodes when the library is empty", () => {
    expect(render(pageLibrary([], { page: 1 }))).toContain("No episodes yet");
  });
});
