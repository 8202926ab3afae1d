import { stem } from "porter2";
import { ENGLISH_STOPWORDS } from "./english-stopwords";

/**
 * The English stem of a normalised word (`developing`, `development`, `developers` → `develop`):
 * Porter2, the Snowball English stemmer that PostgreSQL's `english` configuration runs, so the
 * page's own search reads a word's forms as the library search does. Words with letters outside
 * a–z (other scripts, digits) are their own stem.
 */
export function stemOf(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = ENGLISH.test(word) ? stem(word) : word;
    // A page's vocabulary is some thousands of words; a bound keeps a long session's memory flat.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, found);
  }
  return found;
}

const ENGLISH = /^[a-z][a-z']*$/;
const MAX_STEMS = 10_000;
const stems = new Map<string, string>();

/** Shortest typed word matched by its forms (`AI's`, folded `ais`, finds "AI"). */
export const MIN_FORM_LENGTH = 3;

/**
 * Whether `term` is another form of the typed word `query` (same stem), both normalised. An
 * English stopword has no forms, nor is one (PostgreSQL's `english` does not stem them): `its`
 * (also `it's`, folded) must not find every "it".
 */
export function isFormOf(query: string, term: string): boolean {
  return (
    query.length >= MIN_FORM_LENGTH &&
    query !== term &&
    !ENGLISH_STOPWORDS.has(query) &&
    !ENGLISH_STOPWORDS.has(term) &&
    stemOf(query) === stemOf(term)
  );
}
