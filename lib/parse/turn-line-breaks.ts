import type { TextTurn } from "./types";

/** How many source words past the expected one a turn word is looked for (label words sit between). */
const LOOKAHEAD = 8;

/**
 * Adds to each turn the word indexes at which its text moves to a later source line
 * (`TextTurn.breaks`), so a later step can name the line of any word: the source's words are
 * walked in order, each turn word matched to the next source word of the same spelling (words
 * between, such as speaker labels, are skipped; a word spelled like a label word just before it
 * may take the label's line). A turn on a single line gets no `breaks`.
 *
 * @param turns Turns whose words are, in order, a subsequence of the words of `body`.
 * @param body The source text the turns were read from (after any title).
 * @param lineAt Maps an offset in `body` to its 1-based line in the file.
 */
export function addLineBreaks(
  turns: TextTurn[],
  body: string,
  lineAt: (offset: number) => number,
): TextTurn[] {
  const source = Array.from(body.matchAll(/\S+/gu), (m) => ({ word: m[0], line: lineAt(m.index) }));
  let next = 0;
  return turns.map((turn) => {
    if (turn.text === "") return turn;
    const breaks: number[] = [];
    let line = turn.line;
    turn.text.split(" ").forEach((word, i) => {
      const end = Math.min(source.length, next + LOOKAHEAD);
      let at = next;
      while (at < end && source[at]?.word !== word) at++;
      // A word not found nearby (never expected) keeps the line reached so far.
      if (at === end) return;
      next = at + 1;
      const wordLine = source[at]?.line ?? line;
      for (; line < wordLine; line++) breaks.push(i);
    });
    return breaks.length > 0 ? { ...turn, breaks } : turn;
  });
}
