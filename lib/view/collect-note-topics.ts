import type { Note } from "../model/episode-schema";

/** A topic tag of the notes and the notes (ids, page order) that carry it. */
export interface NoteTopic {
  tag: string;
  noteIds: string[];
}

/**
 * The notes' topic tags, each once, in the order they first appear: the page lists them once as
 * a filter instead of as a chip on every note. Tags differing only in spacing are one topic.
 * @param notes the notes in page order
 */
export function collectNoteTopics(notes: readonly Note[]): NoteTopic[] {
  const topics = new Map<string, NoteTopic>();
  for (const note of notes) {
    for (const raw of note.tags) {
      const tag = raw.replace(/\s+/gu, " ").trim();
      if (tag === "") continue;
      const topic = topics.get(tag) ?? { tag, noteIds: [] };
      if (!topic.noteIds.includes(note.id)) topic.noteIds.push(note.id);
      topics.set(tag, topic);
    }
  }
  return [...topics.values()];
}
