import GithubSlugger from "github-slugger";
import type { Note } from "../model/episode-schema";

export interface NoteGroup {
  /** The heading path joined with " / "; empty for notes above the first heading. */
  key: string;
  headingPath: string[];
  notes: Note[];
}

/** Groups consecutive notes that share a heading path, keeping their order. */
export function groupNotes(notes: Note[]): NoteGroup[] {
  const groups: NoteGroup[] = [];
  for (const note of notes) {
    const key = note.headingPath.join(" / ");
    const last = groups.at(-1);
    if (last && last.key === key) last.notes.push(note);
    else groups.push({ key, headingPath: note.headingPath, notes: [note] });
  }
  return groups;
}

/** A URL fragment for a heading path (`hugging-faces-role-scale-and-impact`). */
export function slugifyHeading(key: string): string {
  return new GithubSlugger().slug(key.replace(/ \/ /g, " ")) || "notes";
}
