// Search benchmark, run by scripts/bench.mjs; prints one JSON line.
// Usage: tsx scripts/bench/bench-search.ts
//  - episode A: per-keystroke latency of typing realistic quotes letter by letter (the in-page
//    search, restored from the serialised index exactly as the page does), and the index size.
// The library search (/search, PostgreSQL) is measured by bench-library-search.ts.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { episodeSchema, type Episode } from "../../lib/model/episode-schema";
import { buildEpisodeSearchIndex } from "../../lib/search/episode-search-index";
import { createEpisodeSearcher } from "../../lib/search/episode-searcher";
import { episodeSearchIndexSchema } from "../../lib/search/search-doc";
import { summarizeSamples as summarize } from "./summarize-samples";


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

console.log(
  JSON.stringify({
    episode: {
      keystrokeMs: summarize(keystrokes),
      indexKB: Buffer.byteLength(json) / 1024,
      indexGzipKB: gzipSync(json).length / 1024,
      loadMs,
      documents: searcher.index.docs.length,
    },
  }),
);
