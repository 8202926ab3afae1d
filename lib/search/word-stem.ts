import { stem } from "porter2";
import { ENGLISH_STOPWORDS } from "./english-stopwords";

const ENGLISH = /^[a-z][a-z']*$/;

/**
 * The English stem of a normalised word (`developing`, `development`, `developers` → `develop`):
 * Porter2, the Snowball English stemmer that PostgreSQL's `english` configuration runs, so the
 * page's own search reads a word's forms as the library search does. Words with letters outside
 * a–z (other scripts, digits) are their own stem.
 */
export function stemOf(word: string): string {
  return ENGLISH.test(word) ? stem(word) : word;
}

/** Shortest typed word matched by its forms (`AI's`, folded `ais`, finds "AI"). */
const MIN_FORM_LENGTH = 3;

/** The last typed word stemmed: isFormOf asks for it against every word of a vocabulary or a text. */
const last = { word: "", stem: "" };

function stemOfQuery(query: string): string {
  if (last.word !== query) {
    last.stem = stemOf(query);
    last.word = query;
  }
  return last.stem;
}

/**
 * Whether `term` is another form of the typed word `query` (same stem), both normalised. An
 * English stopword has no forms, nor is one (PostgreSQL's `english` does not stem them): `its`
 * (also `it's`, folded) must not find every "it". Forms begin alike (a stemmer changes the end
 * of a word), so a word of other first two letters is never stemmed: most words of a text or a
 * vocabulary, with nothing kept between calls. Porter2's few irregular forms that do not
 * (`dying` → `die`) are left out.
 */
export function isFormOf(query: string, term: string): boolean {
  return (
    query.length >= MIN_FORM_LENGTH &&
    query !== term &&
    query.charCodeAt(0) === term.charCodeAt(0) &&
    query.charCodeAt(1) === term.charCodeAt(1) &&
    !ENGLISH_STOPWORDS.has(query) &&
    !ENGLISH_STOPWORDS.has(term) &&
    stemOfQuery(query) === stemOf(term)
  );
}
