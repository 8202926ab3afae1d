import { joinedMatches, splitMatches, type SplitMatch } from "./compound-match";
import { tokenize } from "../text/normalize-text";
import { expandToken, type TermMatch } from "./term-index";
import type { SearchCorpus } from "./search-corpus";

/** Query words beyond this many are ignored by the ranking (the phrase check still sees 200 characters). */
export const MAX_QUERY_WORDS = 16;
const MAX_PHRASE_CHARS = 200;
const EXPANSION_CACHE_SIZE = 256;

/** A query ready to rank: its words, their vocabulary matches and weights. */
export interface PreparedQuery {
  /** Normalised words, at most MAX_QUERY_WORDS. */
  tokens: string[];
  /** The normalised query (`"attention is all you need"`), at most 200 characters. */
  phrase: string;
  /** What a document containing the phrase contains: ` phrase` (last word may be a prefix) or ` phrase `. */
  needle: string;
  /** Per word: the vocabulary words it matches, best first (joined with a neighbour: `open` → `opensource`). */
  expansions: TermMatch[][];
  /** Per word: where the text splits it in two (`opensource` → `open source`). */
  splits: SplitMatch[][];
  /** Per word: its weight, the inverse document frequency of what it matches (rare words count more). */
  weights: number[];
  /** How many words a document must match: all of up to 3, then one may be missing in every 4. */
  required: number;
}

interface Expansion {
  terms: TermMatch[];
  splits: SplitMatch[];
}

function expand(corpus: SearchCorpus, token: string, typing: boolean): Expansion {
  const cache = corpus.scratch.expansions;
  const key = `${typing ? 1 : 0}:${token}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const found = {
    terms: expandToken(corpus.index, token, typing),
    splits: splitMatches(corpus, token, typing),
  };
  if (cache.size >= EXPANSION_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, found);
  return found;
}

/** `matches` plus the words that join `token` with a neighbour, best quality per word. */
function withJoined(matches: TermMatch[], joined: TermMatch[]): TermMatch[] {
  if (joined.length === 0) return matches;
  const best = new Map(matches.map(({ term, quality }) => [term, quality]));
  for (const { term, quality } of joined) best.set(term, Math.max(quality, best.get(term) ?? 0));
  return [...best]
    .map(([term, quality]) => ({ term, quality }))
    .sort((a, b) => b.quality - a.quality || a.term - b.term);
}

/**
 * The normalised words of a query (at most MAX_QUERY_WORDS) and whether the reader may still be
 * typing the last one: yes unless the query ends with a space or punctuation.
 */
export function queryWords(query: string): { tokens: string[]; typingLast: boolean } {
  const head = query.slice(0, 2000);
  return { tokens: tokenize(head).slice(0, MAX_QUERY_WORDS), typingLast: /[\p{L}\p{N}]$/u.test(head) };
}

/**
 * Normalises `query` and expands each word over the corpus vocabulary. The last word counts as
 * still being typed unless the query ends with a space or punctuation.
 */
export function prepareQuery(corpus: SearchCorpus, query: string): PreparedQuery {
  const { tokens, typingLast } = queryWords(query);
  const n = corpus.index.docCount;
  const typing = (i: number) => typingLast && i === tokens.length - 1;
  const expanded = tokens.map((token, i) => expand(corpus, token, typing(i)));
  // Two neighbouring words the text joins (`open source` → `opensource`) match it both.
  const joins = tokens.map((token, i) =>
    i + 1 < tokens.length ? joinedMatches(corpus.index, token, tokens[i + 1] as string, typing(i + 1)) : [],
  );
  const expansions = expanded.map(({ terms }, i) =>
    withJoined(withJoined(terms, joins[i] ?? []), joins[i - 1] ?? []),
  );
  const splits = expanded.map((e) => e.splits);
  const weights = expansions.map((matches, i) => {
    let df = 0;
    for (const { term } of matches) df += corpus.index.postings[term]?.length ?? 0;
    for (const { docs } of splits[i] ?? []) df += docs.length;
    return Math.log(1 + n / (1 + Math.min(n, df)));
  });
  const phrase = tokens.join(" ").slice(0, MAX_PHRASE_CHARS);
  return {
    tokens,
    phrase,
    needle: typingLast ? ` ${phrase}` : ` ${phrase} `,
    expansions,
    splits,
    weights,
    required: tokens.length <= 3 ? tokens.length : tokens.length - Math.floor(tokens.length / 4),
  };
}
