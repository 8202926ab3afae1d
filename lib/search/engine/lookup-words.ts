import { matchTerm } from "../term-match";
import type { SqlClient } from "./sql-client";

/** What the library's vocabulary says about the query's words (see LOOKUP, lookup-words-sql.ts). */
export interface WordFacts {
  /** Words of the library among those asked. */
  known: Set<string>;
  /** Per asked word: the other forms of it the library has (`models` → `model`, `modeling`). */
  forms: Map<string, string[]>;
  /**
   * Per asked word: the library's words that contain it (`gpt` → `chatgpt`), most common first.
   * Not for stopwords: `all` in `really`, `usually`… only slowed the query (GIN unions them all).
   */
  parts: Map<string, string[]>;
  /**
   * Asked beginnings that some word of the library begins with, each with those words (but
   * itself) in byte order: all of them up to MAX_COMPLETIONS, one more when there are more.
   */
  begins: Map<string, string[]>;
  /** Asked forms-words that are English stopwords (`is`, `all`): they do not rank. */
  stopwords: Set<string>;
  /**
   * Per asked close-word that the library has in no way above (not as itself, its forms, words
   * containing it or beginning with it: a typo, most likely), its trigram neighbours with their
   * similarity, most similar first (see CLOSE, lookup-words-sql.ts; rankCloseWords picks among them).
   */
  close: Map<string, Neighbour[]>;
}

/**
 * What the marks of the hits read as the search does (findMatchRanges): what stands beside each
 * asked word in the words found containing it (`chat` of `chatgpt` for `gpt`), the words the
 * lookup's part rule read there; and the other forms found of each asked word, which the marks
 * take as the word itself (`modeling` marks "models"), and the only words a typo may mark.
 */
export function markWords(facts: WordFacts): { partSides: string[]; forms: [string, string[]][] } {
  const sides = new Set<string>();
  for (const [asked, words] of facts.parts)
    for (const word of words) {
      const at = word.indexOf(asked);
      sides.add(word.slice(0, at)).add(word.slice(at + asked.length));
    }
  sides.delete("");
  return { partSides: [...sides], forms: [...facts.forms] };
}

/** A word of the library near an asked word, with pg_trgm's similarity of the two. */
export interface Neighbour {
  word: string;
  sim: number;
}

/** `item` appended to `key`'s list in `map`. */
const append = <T>(map: Map<string, T[]>, key: string, item: T) =>
  map.set(key, [...(map.get(key) ?? []), item]);

/** Close words kept per asked word (rankCloseWords). */
const MAX_CANDIDATES = 3;

/** The lookup of every query (LOOKUP, lookup-words-sql.ts) as a call of its function. */
export const LOOKUP_WORDS_SQL =
  "SELECT * FROM search_lookup_words($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])";

/**
 * Looks up, in one query: which of `exact` are words of the library, the other forms of
 * `forms` (and which are stopwords), the longer words containing each of `parts`, the words each
 * of `begins` starts, and the trigram neighbours of each of `close` that none of these found.
 */
export async function lookupWords(
  db: SqlClient,
  ask: { exact: string[]; forms: string[]; parts: string[]; begins: string[]; close: string[] },
): Promise<WordFacts> {
  const lists = [ask.exact, ask.forms, ask.parts, ask.begins, ask.close].map((list) => [...new Set(list)]);
  // Nothing to ask (a query of exact phrases only): no round trip, for an answer known to be
  // empty. On a server at 1,000 hours it was ~1 ms of such a search's 2–4 in the bench's mix.
  const rows = lists.every((list) => list.length === 0)
    ? []
    : await db.query<{ k: string; asked: string; word: string; sim: number | null }>(LOOKUP_WORDS_SQL, lists);
  const facts: WordFacts = {
    known: new Set(),
    forms: new Map(),
    parts: new Map(),
    begins: new Map(),
    stopwords: new Set(),
    close: new Map(),
  };
  for (const { k, asked, word, sim } of rows) {
    if (k === "known") facts.known.add(word);
    else if (k === "form") append(facts.forms, asked, word);
    else if (k === "part") append(facts.parts, asked, word);
    else if (k === "begins") append(facts.begins, asked, word);
    else if (k === "stop") facts.stopwords.add(asked);
    else append(facts.close, asked, { word, sim: Number(sim) });
  }
  return facts;
}

/** A misspelt word's close words: those it is read as, then the others worth a try (see rankCloseWords). */
export interface CloseWords {
  best: string[];
  others: string[];
}

/** Close words tried after `best`, at most, when a reading finds nothing (create-library-search.ts). */
const MAX_OTHERS = 3;

/**
 * For each word the library lacks, its closest words: pg_trgm's neighbours (similarity ≥ 0.2,
 * not its default 0.3: two swapped letters, `soruce`, share only 3 of 7 trigrams with `source`;
 * the most similar, then the most common first) that are also within the
 * in-page search's typo distance (term-match: 1 typo up to 6 letters, then 2), so `into` does
 * not become `in`. The fewest typos win (`statring` is `starting` with two letters swapped, one
 * typo, though a made-up `statrisu`, two, shares more trigrams); of those, up to MAX_CANDIDATES
 * nearly as similar as the best are kept (`best`), leaving out those `tried` already. The rest,
 * in the same order (`others`), are what the word may be read as when the query finds nothing
 * with `best`: `hugging fase` is `hugging face`, though `fast` shares more letters with `fase`.
 */
export function rankCloseWords(
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
  tried?: (asked: string, word: string) => boolean,
): Map<string, CloseWords> {
  const ranked = new Map<string, CloseWords>();
  for (const [asked, list] of neighbours) {
    const typed = list
      .map((n) => ({ ...n, quality: matchTerm(asked, n.word, false) }))
      .filter((n) => n.quality > 0 && !tried?.(asked, n.word))
      // Fewest typos first (a swap is one), then the most similar (the neighbours' order is kept).
      .sort((a, b) => b.quality - a.quality);
    const first = typed[0];
    if (!first) continue;
    const near = (c: (typeof typed)[number]) => c.quality === first.quality && c.sim >= first.sim - 0.1;
    const best = typed.filter(near).slice(0, MAX_CANDIDATES);
    ranked.set(asked, {
      best: best.map((c) => c.word),
      others: typed
        .filter((c) => !best.includes(c))
        .slice(0, MAX_OTHERS)
        .map((c) => c.word),
    });
  }
  return ranked;
}

/** The close words (rankCloseWords) of `words`, looked up on their own. */
export async function closeWords(
  db: SqlClient,
  words: string[],
  tried?: (asked: string, word: string) => boolean,
): Promise<Map<string, CloseWords>> {
  if (words.length === 0) return new Map();
  const rows = await db.query<{ asked: string; word: string; sim: number }>(
    "SELECT * FROM search_close_words($1::text[])",
    [words],
  );
  const neighbours = new Map<string, Neighbour[]>();
  for (const row of rows) append(neighbours, row.asked, { word: row.word, sim: Number(row.sim) });
  return rankCloseWords(neighbours, tried);
}
