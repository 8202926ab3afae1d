// The "transcript" folding of normalize-text.ts, word by word: what the merge compares two
// machine-made texts of the same speech by (millions of words at a build: memoised).
const TRANSCRIPT_MARKS = /\p{M}+/gu;
const TRANSCRIPT_APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * One display word folded the "transcript" way: lowercase, NFKD without diacritics, curly
 * quotes → straight (apostrophes dropped so "I’m" ≈ "Im"), punctuation stripped; hyphens,
 * dashes and other inner punctuation split the word ("open-source" → ["open", "source"]).
 * Numbers stay as written digits.
 * @param word a whitespace-free display word
 * @returns the tokens, possibly empty (e.g. for "—")
 */
export function normalizeToken(word: string): readonly string[] {
  const cached = tokenCache.get(word);
  if (cached) return cached;
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  const folded = word
    .normalize("NFKD")
    .replace(TRANSCRIPT_MARKS, "")
    .toLowerCase()
    .replace(TRANSCRIPT_APOSTROPHES, "");
  const out: string[] = [];
  for (const part of folded.split(NON_ALNUM)) if (part.length > 0) out.push(part);
  tokenCache.set(word, out);
  return out;
}

/** Memo of {@link normalizeToken} (pure, so caching never changes a result). */
const tokenCache = new Map<string, readonly string[]>();
/** Entries kept before the memo is reset (bounds memory across many episodes). */
const TOKEN_CACHE_LIMIT = 50_000;
