import type { Word } from "../model/episode-schema";

/** A note word's bracketed part and the punctuation written after its `]` (`[BOO-dee-ay],`). */
const NOTE_PARTS = /^(\[.*\])(\P{L}*)$/su;
/** A word that already ends in punctuation takes no more from a note after it. */
const ENDS_IN_PUNCTUATION = /\p{P}$/u;

type TextWord = Pick<Word, "text" | "note">;

/** A run of words with its editorial notes taken out. */
export interface SeparatedNotes<W extends TextWord> {
  /** The spoken words, in order. */
  words: W[];
  /** Each note's bracketed text and the index in `words` of the spoken word before it (-1: none). */
  notes: { text: string; after: number }[];
}

/**
 * Separates the spoken words of a run from its editorial notes (`note: true`, e.g.
 * `[BOO-dee-ay]`), which are not speech. Punctuation written after a note's `]` belongs to the
 * sentence, not the note ("Jeff Boudier [BOO-dee-ay], Head of…"): it moves to the spoken word
 * before the note (its other fields kept), unless that word already ends in punctuation.
 *
 * @param words Words of a sentence, in order.
 */
export function separateNotes<W extends TextWord>(words: readonly W[]): SeparatedNotes<W> {
  const spoken: W[] = [];
  const notes: SeparatedNotes<W>["notes"] = [];
  for (const word of words) {
    if (!word.note) {
      spoken.push(word);
      continue;
    }
    const parts = NOTE_PARTS.exec(word.text);
    const after = parts?.[2] ?? "";
    const last = spoken.length - 1;
    const before = spoken[last];
    notes.push({ text: parts?.[1] ?? word.text, after: last });
    if (after && before !== undefined && !ENDS_IN_PUNCTUATION.test(before.text))
      spoken[last] = { ...before, text: before.text + after };
  }
  return { words: spoken, notes };
}

/** The spoken words of a run (see {@link separateNotes}) joined by single spaces; "" when all are notes. */
export function spokenText(words: readonly TextWord[]): string {
  return separateNotes(words)
    .words.map((w) => w.text)
    .join(" ");
}
