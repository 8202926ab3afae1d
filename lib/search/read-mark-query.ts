import type { TokenRange } from "../text/normalize-text";
import { joinedWord } from "./compound-match";
import { queryWords } from "./prepare-query";
import { allowsPrefix } from "./term-index";
import type { IsWord } from "./term-match";
import { isFormOf } from "./word-stem";

/** What marking reads of a query once, whatever the text: its words, and how each may match. */
export interface MarkQuery {
  query: string;
  wanted: string[];
  /** Per word: the reader may still be typing it (the last, with no space after it). */
  typing: boolean[];
  /** Per word: it may be the beginning of a longer word (allowsPrefix). */
  prefix: boolean[];
  /** Per word: the word it joins into with the word before it, or "" (joinedWord). */
  joined: string[];
}

/** The last query read: a search marks every hit it shows with one query. */
let lastRead: MarkQuery | undefined;

/** `query` as marking reads it (MarkQuery); shared by the calls for one query, so never changed. */
export function readMarkQuery(query: string): MarkQuery {
  if (lastRead?.query === query) return lastRead;
  const { tokens: wanted, typingLast } = queryWords(query);
  const typing = wanted.map((_, i) => typingLast && i === wanted.length - 1);
  lastRead = {
    query,
    wanted,
    typing,
    prefix: wanted.map((word, i) => allowsPrefix(word, typing[i] as boolean)),
    joined: wanted.map((word, i) => (i > 0 ? joinedWord(wanted[i - 1] as string, word) : "")),
  };
  return lastRead;
}

/**
 * Per query word: whether it may be split at a stopword, and whether the episode says it. A
 * query word the text has itself is not split at a stopword (isCompound), as the search does
 * not split a word of the library there: `therapist` beside `the rapist`. For the page's own
 * search, a query word the episode says (`episode`), or the text in another way than a typo
 * (itself, a word it begins, a form), marks no typos of it, as that search then reads none
 * (expandToken): `cant` marks "can't", not "can". `episode` is false for the library's search,
 * whose forms decide what a typo marks (formQuality).
 */
export function readQueryWords(
  { wanted, typing, prefix }: MarkQuery,
  words: readonly TokenRange[],
  episode: IsWord | false | undefined,
) {
  const inText = (word: string, begins: boolean) =>
    words.some(({ token }) => token === word || (begins && token.startsWith(word)));
  const saidInText = (word: string, i: number) =>
    inText(word, prefix[i] as boolean) || words.some(({ token }) => isFormOf(word, token));
  return {
    splitsAtStopwords: wanted.map((word, i) => !inText(word, typing[i] as boolean)),
    said: wanted.map((word, i) => episode !== false && (episode?.(word) === true || saidInText(word, i))),
  };
}
