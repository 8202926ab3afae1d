import { tokenizeWithRanges, type TokenRange } from "./normalize-text";

// A lower-case letter then a capital (`tG` of `ChatGPT`), or capitals then a capital starting a
// word of 2+ lower-case letters (`TS` of `GPTServer`; not the plural of `GPTs`).
const SEAM = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/u;
const HAS_SEAM = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}{2}/u;

/**
 * The words inside the words of `text` that are written with capitals inside, normalised and
 * sorted: `ChatGPT` → `chat`, `gpt`; `HuggingFace` → `face`, `hugging`; `GitHub` → `git`, `hub`.
 * The writer marked them as words, so the search's part rule reads them as words even where
 * the text never says them alone (term-match.ts: `gpt` finds `ChatGPT`, as `chat` + `gpt`).
 * `words`: the text's words, when the caller has them already (tokenizeWithRanges).
 */
export function casePieces(text: string, words?: readonly TokenRange[]): string[] {
  if (!HAS_SEAM.test(text)) return [];
  const pieces = new Set<string>();
  for (const { start, end } of words ?? tokenizeWithRanges(text)) {
    const written = text.slice(start, end);
    if (!HAS_SEAM.test(written)) continue;
    for (const piece of written.split(SEAM))
      for (const { token } of tokenizeWithRanges(piece)) pieces.add(token);
  }
  return [...pieces].sort();
}
