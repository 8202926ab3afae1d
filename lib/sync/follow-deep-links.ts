import type { LinkLocation } from "../links/has-link-params";
import type { TimeRange } from "../time/parse-time-param";
import type { Reveal } from "./follow-playback";
import type { TranscriptHighlighter } from "./transcript-highlighter";

export interface DeepLinkOptions {
  win: Window;
  highlighter?: TranscriptHighlighter;
  /** Reads and validates the deep-linked time of a location (`?t=` then `#t=`). */
  readDeepLink: (location: LinkLocation) => Promise<TimeRange | undefined>;
  seekTo: (t: number, play: boolean, reveal?: Reveal) => void;
  /** Counts the reader's own seeks (a click, a key): a link read that finishes after one is stale. */
  readerSeeks?: () => number;
}

/**
 * Follows the page's deep link (`?t=` / `#t=`) on load and on every hash change: playback moves
 * there without starting, the sentence comes into view at once, and a range marks the quote.
 * Returns the function that stops listening.
 */
export function followDeepLinks(options: DeepLinkOptions): () => void {
  const { win, highlighter, readDeepLink, seekTo, readerSeeks = () => 0 } = options;
  let stopped = false;
  const apply = (range: TimeRange | undefined) => {
    if (!range) return;
    highlighter?.clearQuote();
    seekTo(range.start, false, "instant");
    if (range.end !== undefined) highlighter?.markQuote(range.start, range.end);
  };
  // Reads finish out of order when the hash changes quickly: only the latest one is applied.
  // The validator loads on demand, so a reader can click a time before the page's own link is
  // read: that click wins, and the link must not pull playback back.
  let latest = 0;
  const follow = (location: LinkLocation) => {
    const read = ++latest;
    const seeksBefore = readerSeeks();
    readDeepLink(location).then(
      (range) => !stopped && read === latest && readerSeeks() === seeksBefore && apply(range),
      () => {}, // An unreadable link is no link: the page opens at the start.
    );
  };
  const onHashChange = () => follow({ search: "", hash: win.location.hash });
  win.addEventListener("hashchange", onHashChange);
  follow({ search: win.location.search, hash: win.location.hash });
  return () => {
    stopped = true;
    win.removeEventListener("hashchange", onHashChange);
  };
}
