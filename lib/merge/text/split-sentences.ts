import type { Word } from "../../model/episode-schema";

/** Abbreviations after which a period never ends a sentence (lowercase, with dots). */
const NEVER_END = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "prof.",
  "sr.",
  "jr.",
  "st.",
  "vs.",
  "v.",
  "e.g.",
  "i.e.",
  "cf.",
  "no.",
  "vol.",
  "fig.",
  "approx.",
  "dept.",
  "gen.",
  "gov.",
  "sen.",
  "rep.",
  "rev.",
  "mt.",
  "ft.",
  "capt.",
  "lt.",
  "col.",
  "sgt.",
]);
/** Closing punctuation allowed after the terminal mark ("...dog.”", "(yes!)"). */
const CLOSERS = /[)\]}"'\u201D\u2019\u00BB\u203A*_]+$/u;

/** The part of a word that decides whether it ends a sentence. */
function core(word: Word): string {
  const text = word.note ? word.text.slice(word.text.lastIndexOf("]") + 1) : word.text;
  return text.replace(CLOSERS, "");
}

function startsLower(word: Word | undefined): boolean {
  if (!word) return false;
  const m = /\p{L}/u.exec(word.text);
  if (!m) return false;
  const first = word.text.replace(/^[\s"'\u201C\u2018([{¿¡*_-]+/u, "").charAt(0);
  return first !== "" && first === first.toLowerCase() && first !== first.toUpperCase();
}

/**
 * Whether `word` ends a sentence given the word after it: it must end in `.`,
 * `?`, `!` or `…` (closing quotes/brackets allowed after), the next word must not
 * start in lowercase, and a period must not belong to a known abbreviation
 * ("Mr.", "e.g."), an initial ("J.") or a dotted acronym ("U.S.").
 * Decimals ("2.5") never end a sentence since the period is inside the word.
 * @param word the candidate last word
 * @param next the following word in the same turn, if any
 */
export function endsSentence(word: Word, next: Word | undefined): boolean {
  const c = core(word);
  if (!/[.?!\u2026]$/u.test(c)) return false;
  if (startsLower(next)) return false;
  if (/[?!\u2026]$/u.test(c) || /\.\.\.$/u.test(c)) return true;
  const lower = c.toLowerCase().replace(/^[("'\u201C\u2018[]+/u, "");
  if (NEVER_END.has(lower)) return false;
  if (/^\p{L}\.$/u.test(lower)) return false;
  if (/^(?:\p{L}\.){2,}$/u.test(lower)) return false;
  return true;
}

/**
 * Split a turn's words into sentences (never empty; every word kept, in order).
 * @param words the words of one turn
 */
export function splitSentences(words: readonly Word[]): Word[][] {
  const out: Word[][] = [];
  let current: Word[] = [];
  words.forEach((word, i) => {
    current.push(word);
    if (endsSentence(word, words[i + 1])) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}
