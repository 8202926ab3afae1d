import type { Episode } from "../model/episode-schema";
import { formatClock } from "../time/format-time";
import { formatTimeParam } from "../time/format-time-param";
import { parseTimeParam } from "../time/parse-time-param";
import { getQuote } from "./get-quote";
import { shortenText } from "../text/shorten-text";

/** Size of every share image, in pixels (Open Graph's recommended 1200×630). */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

/** What a link unfurls to: the words of its card and site paths (no origin) of the page and image. */
export interface SharePreview {
  /** The page's own title (the document `<title>`). */
  pageTitle: string;
  /** The card's title (`og:title`). */
  title: string;
  description: string;
  /** Path of the shared page, with its canonical `?t=` for a quote (`og:url`). */
  path: string;
  /** Path of the page this one is a view of (`rel=canonical`). */
  canonicalPath: string;
  image: { path: string; alt: string };
}

/** The longest quote put in a card's title, in characters: unfurls cut titles near here. */
const MAX_TITLE_QUOTE = 120;

const episodePath = (episode: Pick<Episode, "slug">) => `/episodes/${encodeURIComponent(episode.slug)}`;

/** The preview of an episode page: its title, summary and title card. */
export function episodePreview(episode: Episode): SharePreview {
  const path = episodePath(episode);
  return {
    pageTitle: episode.title,
    title: episode.title,
    description: episode.summary[0] ?? episode.description ?? `${episode.title}: transcript and notes.`,
    path,
    canonicalPath: path,
    image: { path: `${path}/share-card.png`, alt: `Title card of ${episode.title}` },
  };
}

/**
 * The preview of a link to a moment or a range (`?t=516` or `?t=516,530`): the words spoken
 * there, their speaker and time, and the quote card of those words. The time is validated
 * (`parseTimeParam`) and written back canonically (`formatTimeParam`); the words are chosen
 * from that canonical value, exactly as the quote card route will choose them from its URL.
 * Undefined for a missing or invalid time, or one where no timed sentence is spoken.
 *
 * @param t The raw `t` search parameter(s) of the request.
 */
export function quotePreview(episode: Episode, t: string | string[] | undefined): SharePreview | undefined {
  const asked = parseTimeParam(t, episode.duration);
  if (!asked) return undefined;
  const value = formatTimeParam(asked.start, asked.end);
  const range = parseTimeParam(value, episode.duration);
  const quote = range ? getQuote(episode, range.start, range.end) : undefined;
  if (!quote) return undefined;
  const path = episodePath(episode);
  const query = `?t=${value}`;
  const who = quote.speaker ?? "Quote";
  const at = formatClock(quote.start);
  const words = shortenText(quote.text, MAX_TITLE_QUOTE);
  return {
    pageTitle: episode.title,
    title: `“${words}” — ${who}`,
    description: `${who} at ${at} in ${episode.title}${episode.show ? ` (${episode.show})` : ""}`,
    path: `${path}${query}`,
    canonicalPath: path,
    image: { path: `${path}/quote-card${query}`, alt: `“${words}” — ${who}, ${at}` },
  };
}
