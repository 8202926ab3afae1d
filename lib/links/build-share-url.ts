import { formatClock } from "../time/format-time";
import { formatTimeParam } from "../time/format-time-param";
import { formatClipId } from "./clip-id";

/**
 * The link to a moment (or a range) of an episode: `https://site/episodes/<slug>?t=516` or
 * `…?t=516,530`. Times are seconds on the episode clock, written by `formatTimeParam`; without
 * a `start` the link is to the episode itself.
 *
 * @param origin the site's origin, e.g. `window.location.origin` (a trailing slash is fine).
 * @throws TypeError when `origin` is not an absolute URL.
 */
export function buildMomentUrl(origin: string, slug: string, start?: number, end?: number): string {
  const url = new URL(`/episodes/${encodeURIComponent(slug)}`, origin);
  if (start !== undefined) url.search = `?t=${formatTimeParam(start, end)}`;
  return url.toString();
}

/** A clip's path on the site: `/clips/<id>`, with `?title=` when it has one (read by readClipTitle). */
export function formatClipPath(id: string, title?: string): string {
  const named = title?.trim();
  return named ? `/clips/${id}?title=${encodeURIComponent(named)}` : `/clips/${id}`;
}

/**
 * The link to a clip: `https://site/clips/<id>`, with `?title=` when it has one. `start` and
 * `end` are the range link's times (s).
 *
 * @throws TypeError when `origin` is not an absolute URL; RangeError when the times are no range.
 */
export function buildClipUrl(
  origin: string,
  slug: string,
  start: number,
  end: number,
  title?: string,
): string {
  return new URL(formatClipPath(formatClipId(slug, start, end), title), origin).toString();
}

export interface QuoteTextInput {
  /** The quoted words; whitespace is collapsed and surrounding quotes are dropped. */
  text: string;
  /** The speaker's display name; left out when unknown or blank. */
  speaker?: string;
  episodeTitle?: string;
  /** Where the quote starts (s); left out for an untimed transcript. */
  start?: number;
  url?: string;
}

/**
 * A quote ready to paste: `“text” — Speaker, Episode (8:36) url`. Missing parts (speaker,
 * episode title, time, URL) are left out with their separators.
 */
export function formatQuoteText({ text, speaker, episodeTitle, start, url }: QuoteTextInput): string {
  const words = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“”]+|["“”]+$/g, "")
    .trim();
  const who = [speaker?.trim(), episodeTitle?.trim()].filter((part) => part).join(", ");
  const when = start !== undefined && Number.isFinite(start) ? `(${formatClock(start)})` : "";
  const source = [who, when].filter((part) => part).join(" ");
  return [`“${words}”`, source && `— ${source}`, url?.trim()].filter((part) => part).join(" ");
}
