// Scale bench (issue 15): for each size, a generated library of one-hour episodes plus one of
// three hours plus the seeds, measured through the CLI, `next build`, `next start` and
// `npm start` as a user runs them (nothing here imports the app's code).
import path from "node:path";
import { measure } from "./run-tsx.mjs";
import { benchContent } from "./scale-content.mjs";
import { benchSearch, benchStaticSearchScale } from "./scale-search.mjs";
import { benchSite } from "./scale-site.mjs";

const root = new URL("../../", import.meta.url).pathname;

/** Generates (or finds, already generated) bench/library-<size>; its folders and figures. */
function ensureLibrary(size) {
  const dir = path.join(root, "bench", `library-${size}`);
  const made = measure(`scale ${size}: generated library (reused when present)`, "scripts/bench/generate-library.ts", [
    dir,
    String(size),
  ]);
  console.log(`  ${made.episodes} episodes, ${made.hours.toFixed(1)} h, ${made.generated} generated now`);
  return {
    ...made,
    size,
    sources: path.join(dir, "sources"),
    out: path.join(dir, "episodes"),
    dist: `.next-bench-${size}`,
  };
}

/**
 * Every size in turn; `parts` says which of "content", "search", "static", "site", "lighthouse",
 * "start" to run. Ports: `port` serves the pages, `port + 1` is `npm start`'s, `port + 10`
 * PostgreSQL's, `port + 11` the static copy's.
 */
export async function benchScale(sizes, row, { parts, port }) {
  const perEpisode = new Map();
  for (const size of sizes) {
    const library = ensureLibrary(size);
    if (parts.has("content")) perEpisode.set(size, (await benchContent(library, row)).perEpisodeMs);
    if (parts.has("search")) await benchSearch(library, row, { port: port + 10 });
    if (parts.has("static")) benchStaticSearchScale(library, row, { port: port + 11 });
    if (parts.has("site"))
      await benchSite(library, row, { port, lighthouse: parts.has("lighthouse"), start: parts.has("start") });
  }
  const [small, large] = [Math.min(...perEpisode.keys()), Math.max(...perEpisode.keys())];
  if (perEpisode.size > 1) {
    const growth = perEpisode.get(large) / perEpisode.get(small);
    row("scale", `content build time per episode at ${large} ÷ at ${small} (1 = linear)`, growth, "×", "≈ 1 (≤ 1.3)", growth <= 1.3);
  }
}
