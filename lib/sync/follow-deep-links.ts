import type { LinkLocation } from "../links/has-link-params";
import type { TimeRange } from "../time/parse-time-param";
import type { PlayRequest, Reveal } from "./follow-playback";
import type { TranscriptHighlighter } from "./transcript-highlighter";

/** The range a clip page opens on: marked by its link times, played from `from` to `until` (s). */
export interface PageClip {
  link: TimeRange & { end: number };
  from: number;
  until: number;
}

export interface DeepLinkOptions {
  win: Window;
  highlighter?: TranscriptHighlighter;
  /** Reads and validates the deep-linked time of a location (`?t=` then `#t=`). */
  readDeepLink: (location: LinkLocation) => Promise<TimeRange | undefined>;
  seekTo: (t: number, play: PlayRequest, reveal?: Reveal, until?: number) => void;
  /** The page's own range (a clip page), followed on load when the location carries no link. */
  pageClip?: PageClip;
  /** Counts the reader's own seeks (a click, a key): a link read that finishes after one is stale. */
  readerSeeks?: () => number;
}

/**
 * Follows the page's deep link (`?t=` / `#t=`) on load and on every hash change: playback moves
 * there without starting, the sentence comes into view at once, and a range marks the quote.
 * A clip page without a link of its own opens on its clip, asking to play it (the browser may
 * refuse until the reader presses play) and to stop at its end. Returns the function that stops
 * listening.
 */
export function followDeepLinks(options: DeepLinkOptions): () => void {
  const { win, highlighter, readDeepLink, seekTo, pageClip, readerSeeks = () => 0 } = options;
  let stopped = false;
  const apply = (range: TimeRange | undefined, fallback: PageClip | undefined) => {
    const clip = range ? undefined : fallback;
    const marked = clip?.link ?? range;
    if (!marked) return;
    highlighter?.clearQuote();
    if (clip) seekTo(clip.from, "if-ready", "instant", clip.until);
    else seekTo(marked.start, false, "instant");
    if (marked.end !== undefined) highlighter?.markQuote(marked.start, marked.end);
  };
  // Reads finish out of order when the hash changes quickly: only the latest one is applied.
  // The validator loads on demand, so a reader can click a time before the page's own link is
  // read: that click wins, and the link must not pull playback back.
  let latest = 0;
  const follow = (location: LinkLocation, fallback?: PageClip) => {
    const read = ++latest;
    const seeksBefore = readerSeeks();
    readDeepLink(location).then(
      (range) => !stopped && read === latest && readerSeeks() === seeksBefore && apply(range, fallback),
      () => {}, // An unreadable link is no link: the page opens at the start.
    );
  };
  const onHashChange = () => follow({ search: "", hash: win.location.hash });
  win.addEventListener("hashchange", onHashChange);
  follow({ search: win.location.search, hash: win.location.hash }, pageClip);
  return () => {
    stopped = true;
    win.removeEventListener("hashchange", onHashChange);
  };
}
