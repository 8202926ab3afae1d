import type { IFuseOptions } from "fuse.js";

/**
 * Fuse.js options for quotes. Fuse only ever sees normalised text (see normalize-text), so
 * case, accents and punctuation are already folded and a query has no syntax: extended search
 * stays off, so `'`, `!`, `^`, `=` or `|` are plain characters (and normalisation drops them).
 * The match may be anywhere in a sentence (`ignoreLocation`) and sentence length does not
 * matter (`ignoreFieldNorm`): a quote is a quote, early or late, in a short or a long sentence.
 * The threshold keeps fuzzy phrase matches of up to about one wrong letter in three.
 */
export const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.35,
  minMatchCharLength: 2,
  useExtendedSearch: false,
  useTokenSearch: false,
  isCaseSensitive: false,
  shouldSort: false,
} as const satisfies IFuseOptions<unknown>;

/** The longest pattern handed to Fuse (characters): two 32-letter Bitap chunks bound its cost. */
export const FUSE_MAX_PATTERN = 64;

/** The one key of an episode's Fuse index: a document's normalised text. */
export const FUSE_KEY = "norm";
