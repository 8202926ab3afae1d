import type { Episode, Highlight } from "../model/episode-schema";
import { formatClipId } from "../links/clip-id";
import { formatClipPath } from "../links/build-share-url";
import { suggestClipTitle } from "../links/clip-title";
import { toLinkMs } from "../links/resolve-linked-cues";
import { getQuote, type Quote } from "./get-quote";

/** A clip of an episode: a run of sentences, with a title, at its own address. */
export interface Clip {
  id: string;
  slug: string;
  /** The link's times (s): what the id carries; the same range as `?t=start,end`. */
  link: { start: number; end: number };
  title: string;
  /** Where the title came from: the reader (the link's `title`), a highlight, or the words. */
  titleFrom: "reader" | "highlight" | "words";
  /** The sentences the range selects (the episode page's rule: getQuote). */
  quote: Quote;
  /** Where playback stops (s): the end of the last sentence (the link's end when it has none). */
  stopAt: number;
}

/** The highlight marking exactly this range (to the ms, a link's precision), if any. */
function findHighlight(episode: Episode, start: number, end: number): Highlight | undefined {
  return episode.highlights.find(
    (h) => toLinkMs(h.start) === toLinkMs(start) && toLinkMs(h.end) === toLinkMs(end),
  );
}

/**
 * The clip of `episode` from `start` to `end` (s): undefined unless the range lies within the
 * episode (a duration, when known, bounds it) and selects at least one timed sentence. Titled by
 * the reader's `title`, else by the highlight of that range, else by its first words.
 */
export function resolveClip(episode: Episode, start: number, end: number, title?: string): Clip | undefined {
  if (!(start >= 0 && end > start)) return undefined;
  if (episode.duration !== undefined && end > episode.duration) return undefined;
  const quote = getQuote(episode, start, end);
  if (!quote) return undefined;
  const highlight = title === undefined ? findHighlight(episode, start, end) : undefined;
  const named = title ?? highlight?.title;
  const stopAt = quote.end !== undefined && quote.end > quote.start ? quote.end : end;
  return {
    id: formatClipId(episode.slug, start, end),
    slug: episode.slug,
    link: { start, end },
    title: named ?? suggestClipTitle(quote.text),
    titleFrom: title !== undefined ? "reader" : named !== undefined ? "highlight" : "words",
    quote,
    stopAt,
  };
}

/** The highlight as a clip, or undefined when its range holds no timed sentence. */
export function highlightClip(episode: Episode, highlight: Highlight): Clip | undefined {
  return resolveClip(episode, highlight.start, highlight.end);
}

/** The clip's address on the site (no origin): `/clips/<id>`, with the reader's title if any. */
export function clipPath(clip: Pick<Clip, "id" | "title" | "titleFrom">): string {
  return formatClipPath(clip.id, clip.titleFrom === "reader" ? clip.title : undefined);
}
