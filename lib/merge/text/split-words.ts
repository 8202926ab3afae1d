/**
 * Splitting clean text into display words. Bracketed editorial notes such as
 * `[BOO-dee-ay]` or `[Brew-Ghare (hard G!)],` become single note words.
 */

/** One display word of a text. */
export interface WordPiece {
  /** The word as written (may contain spaces only when it is a bracketed note). */
  text: string;
  /** True for an editorial note in square brackets. */
  note: boolean;
}

/** Longest bracketed note, in whitespace-separated pieces, before we give up on the `]`. */
const MAX_NOTE_PIECES = 12;

/**
 * Split a text on whitespace (any Unicode space, incl. NBSP) into display words,
 * joining a `[`…`]` span into one note word (punctuation glued after `]` stays on it).
 * Joining the returned texts with single spaces gives the whitespace-collapsed text.
 * @param text any text
 */
export function splitWords(text: string): WordPiece[] {
  const raw = text.split(/\s+/u).filter((w) => w.length > 0);
  const out: WordPiece[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i] ?? "";
    if (word.startsWith("[") && !word.startsWith("[[")) {
      let end = -1;
      for (let k = i; k < raw.length && k < i + MAX_NOTE_PIECES; k++) {
        if ((raw[k] ?? "").includes("]")) {
          end = k;
          break;
        }
      }
      if (end >= 0) {
        out.push({ text: raw.slice(i, end + 1).join(" "), note: true });
        i = end;
        continue;
      }
    }
    out.push({ text: word, note: false });
  }
  return out;
}
