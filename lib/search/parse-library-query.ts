import { MAX_QUERY_LENGTH } from "../links/max-query-length";
import { tokenize } from "../text/normalize-text";

/** Query words beyond this many are dropped (the old ranking's limit too). */
export const MAX_QUERY_WORDS = 16;

/** The reader's query, split into what the SQL needs; every word normalised (lib/text). */
export interface ParsedQuery {
  /** Unquoted words, in order: each must match (as itself, a form, a prefix, a part, a compound). */
  words: string[];
  /** Quoted phrases: their words in order, exactly. */
  phrases: string[][];
  /** `-word` and `-"a phrase"`: documents with them are left out. */
  excluded: string[][];
  /** The last word is unquoted and the query does not end with a space: it may be half typed. */
  typingLast: boolean;
  /**
   * The last item is a phrase whose quote is still open, and the query ends in a letter or digit
   * (`"open sou`): the phrase's last word may be half typed.
   */
  typingPhrase: boolean;
}

// Curly, low and angle quotes all quote (as straight ones do).
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/g;
const ITEM = /(-?)"([^"]*)"?|(\S+)/g;

/**
 * Parses the reader's words as typed: `"exact phrase"` (straight or curly quotes; an unclosed
 * quote runs to the end), `-word` and `-"phrase"` exclusions, the rest plain words. Anything that
 * is not a letter or digit separates words, so punctuation, markup and SQL are just words or
 * nothing.
 */
export function parseLibraryQuery(text: string): ParsedQuery {
  const head = text.slice(0, MAX_QUERY_LENGTH).replace(QUOTES, '"');
  const parsed: ParsedQuery = {
    words: [],
    phrases: [],
    excluded: [],
    typingLast: false,
    typingPhrase: false,
  };
  let budget = MAX_QUERY_WORDS;
  const take = (tokens: string[]) => {
    const kept = tokens.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  let lastIsWord = false;
  let lastIsOpenPhrase = false;
  for (const match of head.matchAll(ITEM)) {
    const [item, minus, quoted, bare] = match;
    lastIsWord = false;
    lastIsOpenPhrase = false;
    if (quoted !== undefined) {
      const all = tokenize(quoted);
      const tokens = take(all);
      if (tokens.length > 0) (minus ? parsed.excluded : parsed.phrases).push(tokens);
      // Open: no closing quote after the opening one; and its last word not cut off by the budget.
      const open = item.length === (minus ?? "").length + 1 || !item.endsWith('"');
      lastIsOpenPhrase = open && !minus && tokens.length > 0 && tokens.length === all.length;
    } else if (bare !== undefined && bare.startsWith("-") && /[\p{L}\p{N}]/u.test(bare)) {
      const tokens = take(tokenize(bare));
      if (tokens.length > 0) parsed.excluded.push(tokens);
    } else if (bare !== undefined) {
      const tokens = take(tokenize(bare));
      parsed.words.push(...tokens);
      lastIsWord = tokens.length > 0;
    }
  }
  const endsInWord = /[\p{L}\p{N}]$/u.test(head);
  parsed.typingLast = lastIsWord && endsInWord;
  parsed.typingPhrase = lastIsOpenPhrase && endsInWord;
  return parsed;
}

/**
 * `text` without its `-word` and `-"phrase"` items, and their words (as parseLibraryQuery reads
 * them): the page's own search ranks and marks the rest, and leaves out what says an excluded
 * word, so `open -source` there is what it is on /search, not `open source`. `text` as it is
 * when it excludes nothing.
 */
export function splitExclusions(text: string): { rest: string; excluded: string[][] } {
  const excluded: string[][] = [];
  const rest = text
    .replace(QUOTES, '"')
    .replace(ITEM, (item, minus: string, quoted?: string, bare?: string) => {
      const exclusion =
        quoted !== undefined ? minus === "-" : !!bare?.startsWith("-") && /[\p{L}\p{N}]/u.test(bare);
      if (!exclusion) return item;
      const tokens = tokenize(quoted ?? bare ?? "");
      if (tokens.length > 0) excluded.push(tokens);
      return "";
    });
  return excluded.length > 0 ? { rest, excluded } : { rest: text, excluded };
}

/**
 * The quoted phrases `text` asks for (not `-"excluded"` ones), as parseLibraryQuery reads them,
 * and whether the last is still being typed (typingPhrase), so its last word may be the beginning
 * of one: the page's own search keeps only what says each phrase word for word, as /search does.
 */
export function quotedPhrases(text: string): { phrases: string[][]; typingLast: boolean } {
  const { phrases, typingPhrase } = parseLibraryQuery(text);
  return { phrases, typingLast: typingPhrase };
}
