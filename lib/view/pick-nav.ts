import type { Chapter, Episode } from "../model/episode-schema";
import { getNoteOutline } from "./group-notes";

/** One entry of the side navigation: a heading's id on the page, its title and start (s). */
export interface NavEntry {
  id: string;
  title: string;
  start?: number;
}

/**
 * The chapters a table of contents lists: all but those their source marks `toc: false` (a
 * sponsor break, a chapter that only changes the artwork).
 */
export function listChapters(chapters: readonly Chapter[]): Chapter[] {
  return chapters.filter((c) => c.toc !== false);
}

/**
 * What the side column lists, and under which label: the sections, else the chapters, else the
 * notes' topics. Chapters of an episode without a transcript are already the body's list (with
 * times to play from), so the side column does not list them a second time.
 * @param episode the episode shown
 */
export function pickNav(episode: Episode): { label: string; items: NavEntry[] } {
  const hasTranscript = episode.transcript.turns.length > 0;
  const chapters = listChapters(episode.chapters);
  if (episode.sections.length > 0) return { label: "Sections", items: episode.sections };
  if (chapters.length > 0 && hasTranscript) return { label: "Chapters", items: chapters };
  return { label: "Topics", items: getNoteOutline(episode.notes) };
}
