import { readFileSync } from "node:fs";
import path from "node:path";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { findMatchRanges } from "@/lib/search/find-match-ranges";
import { rankDocuments } from "@/lib/search/rank-documents";
import { createSearchCorpus } from "@/lib/search/search-corpus";

/** A built episode of the committed model (content/episodes). */
export function loadEpisode(slug: string): Episode {
  const file = path.join(process.cwd(), "content", "episodes", `${slug}.json`);
  return episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Ranks a small corpus made in the test; returns the texts of the hits, best first. */
export function rankTexts(texts: string[], query: string): string[] {
  const corpus = createSearchCorpus(texts);
  return rankDocuments(corpus, query).hits.map((hit) => texts[hit.doc] as string);
}

/** The stretches of `text` marked for `query`, as text; `vocabulary`: the search's words (findMatchRanges). */
export function markedTexts(text: string, query: string, vocabulary: string[] = []): string[] {
  const words = new Set(vocabulary);
  return findMatchRanges(text, query, (word) => words.has(word)).map(([a, b]) => text.slice(a, b));
}
