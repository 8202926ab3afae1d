import type { Note } from "../model/episode-schema";
import { slugifyHeading } from "../model/slugify";

/** A heading of the notes, shown where its notes begin. */
export interface NoteHeading {
  /** The element id: {@link slugifyHeading} of the path up to this heading. */
  id: string;
  title: string;
  /** 0 for a top-level heading, 1 below it, … */
  depth: number;
  /** The first time (s) among the notes under it, if any is timed. */
  start?: number;
}

export interface NoteGroup {
  /** The heading path joined with " / "; empty for notes above the first heading. */
  key: string;
  headingPath: string[];
  /**
   * The headings that open before these notes: every level of the path that differs from the
   * previous group's, so that a heading with no notes of its own directly under it still shows.
   */
  opens: NoteHeading[];
  notes: Note[];
}

const samePrefix = (a: readonly string[], b: readonly string[], length: number): boolean =>
  a.length >= length && b.length >= length && a.slice(0, length).every((part, i) => part === b[i]);

/** Groups consecutive notes that share a heading path, keeping their order. */
export function groupNotes(notes: readonly Note[]): NoteGroup[] {
  const groups: NoteGroup[] = [];
  let previous: readonly string[] = [];
  for (const note of notes) {
    const key = note.headingPath.join(" / ");
    const last = groups.at(-1);
    if (last && last.key === key) {
      last.notes.push(note);
      continue;
    }
    const path = note.headingPath;
    let shared = 0;
    while (shared < path.length && shared < previous.length && path[shared] === previous[shared]) shared++;
    const opens = path.slice(shared).map((title, k): NoteHeading => {
      const depth = shared + k;
      return { id: slugifyHeading(path.slice(0, depth + 1).join(" / ")), title, depth };
    });
    groups.push({ key, headingPath: path, opens, notes: [note] });
    previous = path;
  }
  // A heading starts at the first timed note under it, however deep and however late.
  groups.forEach((group, g) => {
    for (const heading of group.opens) {
      for (let later = g; later < groups.length; later++) {
        const run = groups[later];
        if (!run || !samePrefix(run.headingPath, group.headingPath, heading.depth + 1)) break;
        const start = run.notes.find((n) => n.start !== undefined)?.start;
        if (start !== undefined) {
          heading.start = start;
          break;
        }
      }
    }
  });
  return groups;
}

/** The top-level headings of the notes in page order: the notes' table of contents. */
export function getNoteOutline(notes: readonly Note[]): NoteHeading[] {
  return groupNotes(notes).flatMap((group) => group.opens.filter((heading) => heading.depth === 0));
}
