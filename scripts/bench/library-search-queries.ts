// The query mix of the library search bench: what readers type at a library of generated
// episodes (zipf-vocabulary.ts: the everyday words asked for here are among the 200th to 700th
// commonest, so a single one is in 0.2–0.8 % of all sentences: 1,500–5,000 hits at 1,000 hours)
// plus the seeds. Deterministic.
import type { Episode } from "../../lib/model/episode-schema";
import { buildSearchDocs } from "../../lib/search/build-search-docs";
import { tokenize } from "../../lib/text/normalize-text";

// The lists live in library-search-mix.json, which the site bench (scale-site.mjs) reads too.
import queryMix from "./library-search-mix.json";

export const WORD_QUERIES: readonly string[] = queryMix.words;
export const PHRASE_QUERIES: readonly string[] = queryMix.phrases;
export const TYPO_QUERIES: readonly string[] = queryMix.typos;
/** Not in the mix: one of the commonest words of speech, the worst case, timed on its own. */
export const COMMON_WORD: string = queryMix.commonWord;
/** While typing: the last word half written. */
export const PREFIX_QUERIES: readonly string[] = queryMix.prefixes;

/** One typo in a word: two letters in its middle swapped (`attention` → `attnetion`). */
function typo(word: string): string {
  const i = Math.floor(word.length / 2) - 1;
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
}

/**
 * Typo targets from the seeds' transcripts: every k-th sentence of 8+ words, its words 2–6 with
 * the longest (6+ letters) misspelt. The target is found when its sentence is among the first 5 hits.
 */
export function typoTargets(seeds: Episode[], count = 40): { slug: string; id: string; query: string }[] {
  const candidates = seeds.flatMap((episode) =>
    buildSearchDocs(episode)
      .docs.filter((d) => d.kind === "sentence")
      .flatMap((doc) => {
        const words = tokenize(doc.text).slice(1, 6);
        const longest = [...words].sort((a, b) => b.length - a.length)[0] ?? "";
        if (tokenize(doc.text).length < 8 || longest.length < 6) return [];
        const query = words.map((w) => (w === longest ? typo(w) : w)).join(" ");
        return [{ slug: episode.slug, id: doc.id, query }];
      }),
  );
  const step = Math.max(1, Math.floor(candidates.length / count));
  return candidates.filter((_, i) => i % step === 0).slice(0, count);
}
