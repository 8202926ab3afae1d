// Search benchmark, run by scripts/bench.mjs; prints one JSON line.
// Usage: tsx scripts/bench/bench-search.ts [episodes=200]
//  - episode A: per-keystroke latency of typing realistic quotes letter by letter (the in-page
//    search, restored from the serialised index exactly as the page does), and the index size;
//  - library: latency of whole queries over generated one-hour episodes (the /search page).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildAll } from "../../lib/cli/build-all";
import { episodeSchema, type Episode } from "../../lib/model/episode-schema";
import { buildEpisodeSearchIndex } from "../../lib/search/episode-search-index";
import { createEpisodeSearcher } from "../../lib/search/episode-searcher";
import { buildLibraryIndex, searchLibrary } from "../../lib/search/library-search";
import { episodeSearchIndexSchema } from "../../lib/search/search-doc";
import { writeSyntheticSources } from "./generate-episode";

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN, samples: samples.length };
}

const readEpisode = (file: string): Episode => episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));

// Episode A: what readers type, typos included, one keystroke at a time.
const EPISODE_QUERIES = [
  "omnipotent AI model",
  "atention is all you need",
  "the one-model myth",
  "open source is the gas and the engine",
  "hugging face transformers librery",
  "what does it mean for something to be “open source”",
  "Clément Delangue",
  "githb for machine learning",
];

const episodeA = readEpisode("content/episodes/hugging-face-watsonx.json");
const json = JSON.stringify(buildEpisodeSearchIndex(episodeA));
const loadStarted = performance.now();
const searcher = createEpisodeSearcher(episodeSearchIndexSchema.parse(JSON.parse(json)));
const loadMs = performance.now() - loadStarted;
const typeAll = (record: number[] | undefined) => {
  for (const query of EPISODE_QUERIES)
    for (let i = 1; i <= query.length; i++) {
      const started = performance.now();
      searcher.search(query.slice(0, i));
      record?.push(performance.now() - started);
    }
};
typeAll(undefined); // warm-up: the page's JIT is warm after the first few keystrokes too
const keystrokes: number[] = [];
for (let round = 0; round < 5; round++) typeAll(keystrokes);

// Library: generated one-hour episodes plus the real ones, built by the real pipeline.
const count = Number(process.argv[2] ?? 200);
const root = mkdtempSync(path.join(tmpdir(), "episodes-search-bench-"));
const episodes: Episode[] = [];
try {
  writeSyntheticSources(path.join(root, "sources"), count);
  const silent = { progress: () => {}, issue: () => {} };
  buildAll([path.join(root, "sources")], silent, (name, text) => {
    if (name !== "index.json") episodes.push(episodeSchema.parse(JSON.parse(text)));
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
for (const slug of ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"])
  episodes.push(readEpisode(`content/episodes/${slug}.json`));

const heapBefore = process.memoryUsage().heapUsed;
const buildStarted = performance.now();
const library = buildLibraryIndex(episodes);
const libraryBuildMs = performance.now() - buildStarted;
const libraryHeapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

// Whole queries as submitted from the header form: common words of the generated vocabulary
// (the worst case: every word is in a quarter of all sentences), typos, rare and absent words.
const LIBRARY_QUERIES = [
  "open source community",
  "data privacy and trust",
  "the future of language models",
  "customer engineer scale growth",
  "modle",
  "acess control polcy",
  "research problem value history",
  "hugging face",
  "attention is all you need",
  "compute hardware cloud partner",
  "privacy",
  "market",
  "x",
  "omnipotent AI model",
];
const libraryMs: number[] = [];
for (let round = 0; round < 6; round++)
  for (const query of LIBRARY_QUERIES) {
    const started = performance.now();
    searchLibrary(library, query);
    if (round > 0) libraryMs.push(performance.now() - started);
  }

console.log(
  JSON.stringify({
    episode: {
      keystrokeMs: summarize(keystrokes),
      indexKB: Buffer.byteLength(json) / 1024,
      indexGzipKB: gzipSync(json).length / 1024,
      loadMs,
      documents: searcher.index.docs.length,
    },
    library: {
      queryMs: summarize(libraryMs),
      episodes: episodes.length,
      documents: library.docs.length,
      terms: library.corpus.index.terms.length,
      buildMs: libraryBuildMs,
      heapMiB: libraryHeapMiB,
    },
  }),
);
