import { compoundCuts } from "../compound-match";
import { allowsPrefix } from "../term-index";
import { maxTypos, MIN_PART_LENGTH } from "../term-match";
import type { ParsedQuery } from "../parse-library-query";
import {
  closeWords,
  lookupWords,
  markWords,
  rankCloseWords,
  type CloseWords,
  type WordFacts,
} from "./lookup-words";
import type { SqlClient } from "./sql-client";
import { any, joinable, lexeme, phraseSequence, sequence, wordAlternatives } from "./word-alternatives";

/** A query as tsquery texts (all words quoted lexemes of letters and digits) plus what to tell the reader. */
export interface ExpandedQuery {
  /** What a document must match (a tsquery's text); null when nothing can match. */
  match: string | null;
  /**
   * `match` as the index is asked it: one tsquery, or two to AND when one word has WIDE_GROUP
   * or more alternatives (see splitWide). Empty when nothing can match.
   */
  conditions: string[];
  /** Ranking: any of the reader's words (after corrections) but stopwords, unless that is all there is; "" for none the library has. */
  rank: string;
  /** Ranking, second: any of the reader's words, stopwords too (the spelling typed beats its forms); "" likewise. */
  exact: string;
  /** All the words in order, for the exact-phrase bonus; null for fewer than two. */
  phrase: string | null;
  /** The words to mark in the hits' text (the corrected query, without exclusions). */
  markQuery: string;
  /** Words the parts found stand beside: the marks' vocabulary (markWords, findMatchRanges). */
  partSides: string[];
  /** Per word asked, its other forms found (`models` → `model`): marked as the word (markWords). */
  forms: [string, string[]][];
  corrections: { from: string; to: string }[];
  /** Per corrected word, its other close words in order: what it may be read as when this reading finds nothing. */
  otherCorrections: [word: string, others: string[]][];
  /** Whether a `strict` expansion would read a word otherwise (worth a second try when nothing matched). */
  strictDiffers: boolean;
}

/*
 * A word of this many alternatives or more (a beginning being typed, `sou`: 39 words it begins
 * and 15 containing it) goes to the index as a condition of its own. In one tsquery, GIN weighs
 * every candidate row against all the query's alternatives at once: `open sou` (3 + 54) took
 * 31 ms to count its 333 rows at 1,000 hours, as two conditions 10 ms. A word of fewer (`cust`,
 * 9) is better left in: `the cust` apart took 31 ms against 27.
 */
const WIDE_GROUP = 16;

/** The match as one condition, or as the widest group apart from the rest when it is wide. */
function splitWide(groups: string[][], rest: string[]): string[] {
  const sizes = groups.map((g) => new Set(g).size);
  const widest = sizes.indexOf(Math.max(0, ...sizes));
  const wide = groups[widest] ?? [];
  const others = [...groups.filter((_, i) => i !== widest).map(any), ...rest];
  const all = [...groups.map(any), ...rest].join(" & ");
  return (sizes[widest] ?? 0) >= WIDE_GROUP && others.length > 0 ? [others.join(" & "), any(wide)] : [all];
}

/** The excluded words and phrases as negations; a word takes its forms with it (`-face`: `faces` too). */
function exclusionsOf(excluded: string[][], facts: WordFacts): string[] {
  return excluded.map((p) =>
    p.length === 1
      ? `!${any([lexeme(p[0] as string), ...(facts.forms.get(p[0] as string) ?? []).map((f) => lexeme(f))])}`
      : `!${sequence(p)}`,
  );
}

/**
 * The words as read: a doubtful word with close words (`closeOf`) is replaced by them (or by the
 * one `pick` names), in its group too. Says the corrections, and the close words left untried.
 */
function readCorrections(
  words: string[],
  groups: string[][],
  closeOf: (word: string, i: number) => CloseWords | undefined,
  pick: ReadonlyMap<string, string> | undefined,
) {
  const corrections: ExpandedQuery["corrections"] = [];
  const otherCorrections: ExpandedQuery["otherCorrections"] = [];
  const literal = words.map((word, i) => {
    const found = closeOf(word, i);
    const candidates = found && pick?.has(word) ? [pick.get(word) as string] : found?.best;
    if (!found || !candidates?.[0]) return word;
    groups[i] = candidates.map((c) => lexeme(c));
    corrections.push(...candidates.map((to) => ({ from: word, to })));
    if (found.others.length > 0) otherCorrections.push([word, found.others]);
    return candidates[0];
  });
  return { literal, corrections, otherCorrections };
}

/**
 * What expandQuery asks the vocabulary (lookupWords) about the query's words. `typedInPhrase`:
 * the last word of a phrase whose quote is still open, which may be half typed (`"open sou`).
 */
function wordsToLookUp({ words, excluded, typingLast }: ParsedQuery, typedInPhrase: string | undefined) {
  const typing = (i: number) => typingLast && i === words.length - 1;
  const joins = words.slice(1).map((b, i) => (joinable(words[i], b) ? (words[i] as string) + b : ""));
  const typed = typedInPhrase ? [typedInPhrase] : [];
  return {
    exact: [...words, ...words.flatMap((w) => compoundCuts(w).flat()), ...joins.filter(Boolean), ...typed],
    forms: [...words, ...excluded.filter((p) => p.length === 1).flat()],
    parts: words.filter((w) => w.length >= MIN_PART_LENGTH),
    begins: [
      ...words.filter((w, i) => allowsPrefix(w, typing(i))),
      ...typed.filter((w) => allowsPrefix(w, true)),
      ...(typingLast ? [...compoundCuts(words.at(-1) ?? "").map(([, r]) => r), joins.at(-1) ?? ""] : []),
    ].filter(Boolean),
    // Neighbours come with the rest for words found in no other way (one round trip for a typo).
    // A strict reading asks for them apart (closeWords), for words the lookup did find; it asks
    // the lookup the same as the first reading, so that is asked once (rememberLookups).
    close: words.filter((w) => maxTypos(w.length) > 0),
  };
}

/**
 * Turns the parsed query into tsquery texts. Each word matches itself, its other forms
 * (same English stem), longer words beginning with it (the word being typed, or one of 4+
 * letters), longer words containing it (3+ letters), and its compound spellings side by side
 * (`opensource` ↔ `open source`). A word the library lacks entirely (a typo) is replaced by its
 * closest words (pg_trgm), reported in `corrections`; without any, nothing can match. With
 * `strict`, so is a word the library has only in other forms or as part of longer words.
 * `pick` reads a corrected word as the one given (one of its otherCorrections) instead.
 */
export async function expandQuery(
  db: SqlClient,
  query: ParsedQuery,
  { strict = false, pick }: { strict?: boolean; pick?: ReadonlyMap<string, string> } = {},
): Promise<ExpandedQuery> {
  const { words, phrases, excluded, typingLast, typingPhrase } = query;
  const typedInPhrase = typingPhrase ? phrases.at(-1)?.at(-1) : undefined;
  const facts = await lookupWords(db, wordsToLookUp(query, typedInPhrase));
  const groups = words.map((_, i) => wordAlternatives(words, i, typingLast, facts));
  // Strict (the query found nothing): a word the library has only other forms, parts or longer
  // words of (`threes` → `three`, `fase` → `fasten`) may be a typo too (`theres`, `face`): its
  // close words replace it.
  const inDoubt = (w: string) => !facts.known.has(w) && maxTypos(w.length) > 0;
  const doubtful = (w: string, i: number) => groups[i]?.length === 0 || (strict && inDoubt(w));
  const unknown = words.filter((w, i) => doubtful(w, i) && maxTypos(w.length) > 0);
  const strictDiffers = !strict && words.some((w, i) => inDoubt(w) && !doubtful(w, i));
  // …and its close words are other than those forms, parts and longer words it begins, which found nothing.
  const tried = (w: string, close: string) =>
    (facts.forms.get(w) ?? []).includes(close) ||
    (facts.parts.get(w) ?? []).includes(close) ||
    (facts.begins.has(w) && close.startsWith(w));
  const close = strict
    ? await closeWords(db, unknown, tried)
    : rankCloseWords(new Map(unknown.map((w) => [w, facts.close.get(w) ?? []])));
  const { literal, corrections, otherCorrections } = readCorrections(
    words,
    groups,
    (w, i) => (doubtful(w, i) ? close.get(w) : undefined),
    pick,
  );
  const phraseQueries = phrases.map((p, i) =>
    phraseSequence(p, typingPhrase && i === phrases.length - 1, facts),
  );
  const required = [...groups.map((group) => (group.length > 0 ? any(group) : null)), ...phraseQueries];
  const possible = required.length > 0 && required.every((part) => part !== null);
  const exclusions = exclusionsOf(excluded, facts);
  const all = [...literal, ...phrases.flat()];
  const content = all.filter((w) => !facts.stopwords.has(w) && w.length > 1);
  // A word the library lacks (a beginning being typed, a typo nothing replaced) is in no
  // document, so it adds nothing to any score: it is left out of the ranking, and with nothing
  // left no hit is scored at all ("", see search-statement.ts). `cust` scored its 5,197 hits for zeros.
  // …as is the half-typed word of an open quote, unless it is a word of the library itself.
  const quoted = new Set(phrases.flat().filter((_, i, list) => !(typedInPhrase && i === list.length - 1)));
  const scores = (w: string) => facts.known.has(w) || quoted.has(w) || corrections.some((c) => c.to === w);
  const ranking = (words: string[]) => (words.length > 0 ? any(words.map((w) => lexeme(w))) : "");
  return {
    match: possible ? [...required, ...exclusions].join(" & ") : null,
    conditions: possible ? splitWide(groups, [...phraseQueries, ...exclusions]) : [],
    rank: ranking((content.length > 0 ? content : all).filter(scores)),
    exact: ranking(all.filter(scores)),
    phrase: literal.length >= 2 ? sequence(literal, typingLast) : null,
    markQuery: all.join(" ") + (typingLast || typingPhrase ? "" : " "),
    ...markWords(facts),
    corrections: possible ? corrections : [],
    otherCorrections: possible ? otherCorrections : [],
    strictDiffers,
  };
}
