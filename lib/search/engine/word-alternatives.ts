// The alternatives of one query word in the index's terms (expand-query.ts): the word itself,
// its forms, the words it begins or is part of, and its compound spellings.
import { compoundCuts, isCompound } from "../compound-match";
import { allowsPrefix } from "../term-index";
import type { WordFacts } from "./lookup-words";
import { MAX_COMPLETIONS } from "./lookup-words-sql";
import { quoteLexeme } from "./tsvector-literal";

/** A query word as a lexeme of the index (tsvector-literal.ts); `prefix`: as the beginning of one. */
export const lexeme = (word: string, prefix = false) => `${quoteLexeme(word)}${prefix ? ":*" : ""}`;
export const any = (alternatives: string[]) => `(${[...new Set(alternatives)].join(" | ")})`;
export const sequence = (words: string[], lastPrefix = false) =>
  `(${words.map((w, i) => lexeme(w, lastPrefix && i === words.length - 1)).join(" <-> ")})`;

/**
 * The words of the library beginning with `word` (itself is matched apart), listed one by one
 * when they are few, else the prefix (`word:*`). Listed, they are plain index entries that GIN
 * can skip through when another word of the query is rarer; a prefix makes it read every posting
 * of every word it begins first (`open sou`: 22,000 postings read to find 226 rows, 57 ms of 67).
 * The same words match either way: the library's words are the index's (indexEpisodes).
 */
function completions(word: string, facts: WordFacts): string[] {
  const words = facts.begins.get(word) ?? [];
  return words.length > MAX_COMPLETIONS ? [lexeme(word, true)] : words.map((w) => lexeme(w));
}

/**
 * A quoted phrase, word for word; `typing` (its quote still open, ParsedQuery.typingPhrase): its
 * last word, or any word that word begins, as an unquoted word being typed is (`"open sou` says
 * "open source" or "open sound"). Its words are looked up as a beginning (expand-query.ts).
 */
export function phraseSequence(words: string[], typing: boolean, facts: WordFacts): string {
  const last = words.at(-1);
  if (!typing || last === undefined) return sequence(words);
  const ends = [lexeme(last), ...(allowsPrefix(last, true) ? completions(last, facts) : [])];
  return `(${[...words.slice(0, -1).map((w) => lexeme(w)), any(ends)].join(" <-> ")})`;
}

/** Whether two typed words may be joined (the in-page search's rule, compound-match.ts: no stopword). */
export function joinable(a: string | undefined, b: string | undefined): a is string {
  return !!a && !!b && isCompound(a, b);
}

/** The alternatives of word `i`: itself, its forms, prefix, parts, split and joined spellings. */
export function wordAlternatives(
  words: string[],
  i: number,
  typingLast: boolean,
  facts: WordFacts,
): string[] {
  const word = words[i] as string;
  const typing = typingLast && i === words.length - 1;
  const found: string[] = [];
  // A word of the library (or, typed, the beginning of one) is not split at a stopword (isCompound).
  const own = facts.known.has(word) || (typing && facts.begins.has(word));
  if (facts.known.has(word)) found.push(lexeme(word));
  if (allowsPrefix(word, typing)) found.push(...completions(word, facts));
  for (const form of facts.forms.get(word) ?? []) found.push(lexeme(form));
  for (const part of facts.parts.get(word) ?? []) found.push(lexeme(part));
  // Every cut into two compound parts, at a stopword too (`ofcourse`): whether the word may be
  // cut there is known once it is looked up.
  for (const [left, right] of compoundCuts(word))
    if (
      isCompound(left, right, !own) &&
      facts.known.has(left) &&
      (facts.known.has(right) || (typing && facts.begins.has(right)))
    )
      found.push(sequence([left, right], typing && !facts.known.has(right)));
  for (const [a, b, typingB] of [
    [words[i - 1], word, typing],
    [word, words[i + 1], typingLast && i + 1 === words.length - 1],
  ] as const)
    if (joinable(a, b)) {
      if (facts.known.has(a + b)) found.push(lexeme(a + b));
      if (typingB && facts.begins.has(a + b)) found.push(lexeme(a + b, true));
    }
  return found;
}
