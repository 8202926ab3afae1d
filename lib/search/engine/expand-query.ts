import { isCompound, MIN_JOINED, MIN_PART } from "../compound-match";
import { allowsPrefix } from "../term-index";
import { maxTypos, MIN_PART_LENGTH } from "../term-match";
import type { ParsedQuery } from "./parse-library-query";
import { closeWords, lookupWords, rankCloseWords, type WordFacts } from "./lookup-words";
import { MAX_COMPLETIONS } from "./lookup-words-sql";
import type { SqlClient } from "./sql-client";
import { quoteLexeme } from "./tsvector-literal";

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
  corrections: { from: string; to: string }[];
  /** Whether a `strict` expansion would read a word otherwise (worth a second try when nothing matched). */
  strictDiffers: boolean;
}

/** A query word as a lexeme of the index (tsvector-literal.ts); `prefix`: as the beginning of one. */
const lexeme = (word: string, prefix = false) => `${quoteLexeme(word)}${prefix ? ":*" : ""}`;
const any = (alternatives: string[]) => `(${[...new Set(alternatives)].join(" | ")})`;
const sequence = (words: string[], lastPrefix = false) =>
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
 * Every cut of `word` into two compound parts (`opensource` → `open` + `source`, …), at a
 * stopword too (`ofcourse`): whether the word may be cut there is known once it is looked up.
 */
function cuts(word: string): [string, string][] {
  const found: [string, string][] = [];
  if (word.length < MIN_JOINED) return found;
  for (let k = MIN_PART; k <= word.length - MIN_PART; k++) found.push([word.slice(0, k), word.slice(k)]);
  return found;
}

/** Whether two typed words may be joined (the in-page search's rule, compound-match.ts: no stopword). */
function joinable(a: string | undefined, b: string | undefined): a is string {
  return !!a && !!b && isCompound(a, b);
}

/** The alternatives of word `i`: itself, its forms, prefix, parts, split and joined spellings. */
function alternatives(words: string[], i: number, typingLast: boolean, facts: WordFacts): string[] {
  const word = words[i] as string;
  const typing = typingLast && i === words.length - 1;
  const found: string[] = [];
  // A word of the library (or, typed, the beginning of one) is not split at a stopword (isCompound).
  const own = facts.known.has(word) || (typing && facts.begins.has(word));
  if (facts.known.has(word)) found.push(lexeme(word));
  if (allowsPrefix(word, typing)) found.push(...completions(word, facts));
  for (const form of facts.forms.get(word) ?? []) found.push(lexeme(form));
  for (const part of facts.parts.get(word) ?? []) found.push(lexeme(part));
  for (const [left, right] of cuts(word))
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

/**
 * Turns the parsed query into tsquery texts. Each word matches itself, its other forms
 * (same English stem), longer words beginning with it (the word being typed, or one of 4+
 * letters), longer words containing it (3+ letters), and its compound spellings side by side
 * (`opensource` ↔ `open source`). A word the library lacks entirely (a typo) is replaced by its
 * closest words (pg_trgm), reported in `corrections`; without any, nothing can match. With
 * `strict`, so is a word the library has only in other forms or as part of longer words.
 */
export async function expandQuery(
  db: SqlClient,
  query: ParsedQuery,
  { strict = false }: { strict?: boolean } = {},
): Promise<ExpandedQuery> {
  const { words, phrases, excluded, typingLast } = query;
  const typing = (i: number) => typingLast && i === words.length - 1;
  const joins = words.slice(1).map((b, i) => (joinable(words[i], b) ? (words[i] as string) + b : ""));
  const facts = await lookupWords(db, {
    exact: [...words, ...words.flatMap((w) => cuts(w).flat()), ...joins.filter(Boolean)],
    forms: [...words, ...excluded.filter((p) => p.length === 1).flat()],
    parts: words.filter((w) => w.length >= MIN_PART_LENGTH),
    begins: [
      ...words.filter((w, i) => allowsPrefix(w, typing(i))),
      ...(typingLast ? [...cuts(words.at(-1) ?? "").map(([, r]) => r), joins.at(-1) ?? ""] : []),
    ].filter(Boolean),
    // Neighbours come with the rest for words found in no other way (one round trip for a typo);
    // strict asks for them apart, for words the lookup did find.
    close: strict ? [] : words.filter((w) => maxTypos(w.length) > 0),
  });
  const groups = words.map((_, i) => alternatives(words, i, typingLast, facts));
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
  const corrections: ExpandedQuery["corrections"] = [];
  const literal = words.map((word, i) => {
    const candidates = doubtful(word, i) ? close.get(word) : undefined;
    if (!candidates?.[0]) return word;
    groups[i] = candidates.map((c) => lexeme(c));
    corrections.push({ from: word, to: candidates[0] });
    return candidates[0];
  });
  const required = [
    ...groups.map((group) => (group.length > 0 ? any(group) : null)),
    ...phrases.map((p) => sequence(p)),
  ];
  const possible = required.length > 0 && required.every((part) => part !== null);
  const exclusions = exclusionsOf(excluded, facts);
  const all = [...literal, ...phrases.flat()];
  const content = all.filter((w) => !facts.stopwords.has(w) && w.length > 1);
  // A word the library lacks (a beginning being typed, a typo nothing replaced) is in no
  // document, so it adds nothing to any score: it is left out of the ranking, and with nothing
  // left no hit is scored at all ("", see SEARCH_SQL). `cust` scored its 5,197 hits for zeros.
  const quoted = new Set(phrases.flat());
  const scores = (w: string) => facts.known.has(w) || quoted.has(w) || corrections.some((c) => c.to === w);
  const ranking = (words: string[]) => (words.length > 0 ? any(words.map((w) => lexeme(w))) : "");
  return {
    match: possible ? [...required, ...exclusions].join(" & ") : null,
    conditions: possible ? splitWide(groups, [...phrases.map((p) => sequence(p)), ...exclusions]) : [],
    rank: ranking((content.length > 0 ? content : all).filter(scores)),
    exact: ranking(all.filter(scores)),
    phrase: literal.length >= 2 ? sequence(literal, typingLast) : null,
    markQuery: all.join(" ") + (typingLast ? "" : " "),
    corrections: possible ? corrections : [],
    strictDiffers,
  };
}
