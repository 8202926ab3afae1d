import type { Manifest } from "../../model/manifest-schema";
import type { TextTurn } from "../../parse/types";
import { tokenizeText } from "../align/tokenize-words";
import type { PickedSources } from "../pick-sources";
import type { UsedLog } from "../used-log";

/** A title and where it came from (a source id or "episode.json"). */
export interface SeenTitle {
  text: string;
  source: string;
}

/**
 * Every title the sources give, best first: manifest, plain text, summary page,
 * timestamped notes, show notes, chapters file, caption header. Blank titles are skipped;
 * whitespace is collapsed.
 * @param picked the chosen sources
 * @param manifest the episode manifest, if any
 */
export function collectTitles(picked: PickedSources, manifest: Manifest | undefined): SeenTitle[] {
  const candidates: Array<[string | undefined, string | undefined]> = [
    [manifest?.title, "episode.json"],
    [picked.plain?.doc.title, picked.plain?.id],
    [picked.summary?.doc.title, picked.summary?.id],
    [picked.notes?.doc.title, picked.notes?.id],
    [picked.showNotes?.doc.title, picked.showNotes?.id],
    [picked.chapters?.doc.title, picked.chapters?.id],
    [picked.caption?.doc.title, picked.caption?.id],
  ];
  const out: SeenTitle[] = [];
  for (const [text, source] of candidates) {
    const clean = typeof text === "string" ? text.replace(/\s+/gu, " ").trim() : "";
    if (clean && source) out.push({ text: clean, source });
  }
  return out;
}

function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** A title-like line is at most this many words. */
const MAX_TITLE_WORDS = 20;

/**
 * Whether a clean text's first turn is really a title line (the summary page
 * repeats the video title in its first chunk): it has no speaker, later turns
 * do, and it is contained in a known title or is short and unpunctuated.
 * @param turns the clean turns
 * @param titles titles seen so far
 */
export function isTitleTurn(turns: readonly TextTurn[], titles: readonly SeenTitle[]): boolean {
  const first = turns[0];
  if (!first || first.speaker !== undefined) return false;
  if (!turns.slice(1).some((t) => t.speaker !== undefined)) return false;
  const tokens = tokenizeText(first.text);
  if (tokens.length === 0) return false;
  if (titles.some((t) => containsRun(tokenizeText(t.text), tokens))) return true;
  const words = first.text.trim().split(/\s+/u);
  return words.length <= MAX_TITLE_WORDS && !/[.?!…"”]$/u.test(first.text.trim());
}

/**
 * The episode's title: the best title seen (recorded as "title" on its source),
 * else the slug.
 * @param titles titles, best first
 * @param slug the episode slug
 * @param log the used log
 */
export function episodeTitle(titles: readonly SeenTitle[], slug: string, log: UsedLog): string {
  const best = titles[0];
  if (!best) return slug;
  log.add(best.source, "title");
  return best.text;
}
