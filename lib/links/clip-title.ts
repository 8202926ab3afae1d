import { cleanParamText } from "./clean-param-text";
import { shortenText } from "../text/shorten-text";

// A clip's title, written by the quote toolbar's dialog and read by the clip page: one rule each
// way, small enough for the page's script.

/** The longest clip title kept, in characters: a title is a line, not a paragraph. */
export const MAX_CLIP_TITLE = 100;
/** How long a title suggested from a clip's words is, in characters. */
const SUGGESTED_TITLE = 60;

/** The title a clip of these words gets when nobody named it: its first words. */
export function suggestClipTitle(words: string): string {
  return shortenText(words.replace(/\s+/g, " ").trim(), SUGGESTED_TITLE);
}

/**
 * A clip title as given in a link's `title`: cleaned like every text parameter, cut to
 * {@link MAX_CLIP_TITLE} characters; undefined when absent or empty.
 */
export function readClipTitle(raw: string | string[] | undefined): string | undefined {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const title = first === undefined ? "" : cleanParamText(first);
  return title === "" ? undefined : shortenText(title, MAX_CLIP_TITLE);
}
