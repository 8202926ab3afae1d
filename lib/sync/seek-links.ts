import { asElement } from "./as-element";
import type { PlayRequest, Reveal } from "./follow-playback";
import { readTimeAttribute } from "./read-time-attribute";

export interface SeekLinkOptions {
  /** Treats the scrolls of the next moment as the page's own (follow mode). */
  expectScroll: () => void;
  seekTo: (t: number, play: PlayRequest, reveal?: Reveal, until?: number) => void;
}

/**
 * The document click listener for `[data-seek]` links (sections, passages, chapters, clips): a
 * plain left click moves playback there (and, with `data-seek-end`, stops it at that time); a click with a modifier keeps the browser's meaning (new tab…).
 */
export function createSeekLinkHandler({
  expectScroll,
  seekTo,
}: SeekLinkOptions): (event: MouseEvent) => void {
  return (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = asElement(event.target)?.closest<HTMLElement>("[data-seek]");
    const t = link ? readTimeAttribute(link, "data-seek") : Number.NaN;
    if (!link || !Number.isFinite(t)) return;
    if ((link.getAttribute("href") ?? "").startsWith("#")) {
      // The browser jumps to the anchor (a section, a passage); playback moves along without starting.
      expectScroll();
      seekTo(t, false, false);
      return;
    }
    event.preventDefault();
    // A clip's link (a highlight, "Play clip") plays its range and stops at its end.
    const until = readTimeAttribute(link, "data-seek-end");
    if (Number.isFinite(until) && until > t) seekTo(t, true, undefined, until);
    else seekTo(t, true);
  };
}
