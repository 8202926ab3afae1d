import { useEffect } from "react";
import { markMatches, type TextFilter } from "@/lib/search/mark-matches";
import type { SearchDoc } from "@/lib/search/search-doc";
import type { IsWord } from "@/lib/search/term-match";
import { CURRENT_HIT_CLASSES, MARK_CLASS } from "./search-styles";

/** The searchable text of each kind of element: never editorial notes, time links or tags. */
const ACCEPT: Record<SearchDoc["kind"], TextFilter> = {
  sentence: (node) => !node.parentElement?.closest("[data-note]"),
  note: (node, element) => node.parentNode === element,
  chapter: (node) => !node.parentElement?.closest("a"),
  // Its title is the link to its clip; not the times beside it.
  highlight: (node) => !!node.parentElement?.closest("a"),
  summary: () => true,
  // Not the link to the supporting passage: only the key point's own words.
  "key-point": (node) => !node.parentElement?.closest("a"),
  block: () => true,
  // A transcript's section heading: its title is all it holds.
  section: () => true,
  people: () => true,
};

/** Room the search bar takes at the top of a narrow screen once it floats (use-floating-bar). */
function floatingBarHeight(): number {
  const bar = document.querySelector<HTMLElement>("[data-search-bar]");
  // Its padding once floating (py-2) and a little air below it.
  return bar ? bar.offsetHeight + 24 : 0;
}

/**
 * Scrolls `target` to the middle of what the page shows of the transcript (below the player
 * when the player sticks to the top, else below the floating search bar), unless it is in view.
 */
function reveal(target: Element, smooth: boolean): void {
  const player = document.querySelector<HTMLElement>("[data-player-root]");
  const style = player ? getComputedStyle(player) : undefined;
  // Where a sticky player sits once the page scrolls (not where it is now: maybe still in flow).
  const stuck =
    player && style?.position === "sticky" ? (parseFloat(style.top) || 0) + player.offsetHeight : 0;
  const bottom = window.innerHeight;
  const top = stuck > 0 ? (stuck < bottom * 0.75 ? stuck : 0) : floatingBarHeight();
  const rect = target.getBoundingClientRect();
  if (rect.top >= top + 8 && rect.bottom <= bottom - 8) return;
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  window.scrollTo({
    top: Math.max(0, window.scrollY + rect.top + rect.height / 2 - (top + bottom) / 2),
    behavior: smooth && !reduced ? "smooth" : "auto",
  });
}

/**
 * Marks the hits' matching words in the page and the current hit, and brings the current hit
 * into view when `scroll` says so. Every mark is undone before the next query is marked.
 */
export function usePageMarks(
  hits: readonly SearchDoc[],
  query: string,
  current: number,
  scroll: "smooth" | "instant" | false,
  vocabulary: IsWord | undefined,
): void {
  useEffect(() => {
    const undos: (() => void)[] = [];
    for (const doc of hits) {
      const element = document.getElementById(doc.id);
      if (element) undos.push(markMatches(element, query, ACCEPT[doc.kind], MARK_CLASS, vocabulary).undo);
    }
    return () => {
      for (const undo of undos.reverse()) undo();
    };
  }, [hits, query, vocabulary]);

  useEffect(() => {
    const doc = hits[current];
    const element = doc ? document.getElementById(doc.id) : null;
    if (!element) return;
    const marks = [...element.querySelectorAll("mark[data-search-mark]")];
    marks.forEach((mark) => mark.setAttribute("data-current", ""));
    // Without marks (a hit found by its whole phrase only), the element itself is outlined.
    const ring = marks.length === 0 ? CURRENT_HIT_CLASSES : [];
    // Even an empty add() writes `class=""`: touch classes only when there are some.
    if (ring.length > 0) element.classList.add(...ring);
    element.setAttribute("data-search-current", "");
    // A hit in a closed disclosure (the summary) is opened to be seen.
    const folded = element.closest("details:not([open])");
    if (folded instanceof HTMLDetailsElement) folded.open = true;
    if (scroll) reveal(marks[0] ?? element, scroll === "smooth");
    return () => {
      marks.forEach((mark) => mark.removeAttribute("data-current"));
      if (ring.length > 0) {
        element.classList.remove(...ring);
        if (element.classList.length === 0) element.removeAttribute("class");
      }
      element.removeAttribute("data-search-current");
    };
  }, [hits, query, current, scroll]);
}
