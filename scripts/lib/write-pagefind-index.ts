// The static copy's library search index: every built episode's Pagefind records
// (lib/search/static/pagefind-records.ts) written as Pagefind's chunked index. Used by
// `npm run export` and by the bench, which indexes a generated library without a site build.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { listShows } from "../../lib/view/library-page";
import { decodeCatalogue, decodeEpisode } from "../../lib/model/decode-episode";
import { buildPagefindRecords } from "../../lib/search/static/pagefind-records";

export interface PagefindIndexStats {
  episodes: number;
  records: number;
  files: number;
  bytes: number;
  seconds: number;
}

/**
 * How many word locations Pagefind packs into one index chunk before starting the next; its
 * default is 20,000. A query fetches the chunk of each of its words, so at the default it paid
 * for 20,000 locations of neighbouring words per word. A common word still fills a chunk of its
 * own; the cost is more, smaller files and a longer chunk list in the metadata every search
 * loads first. The bench's query mix, 1,000 hours (KB per query median / p95; query ms median;
 * the load): 20,000 → 67.7 / 156.7 KB, 115 ms, 536 KB; 5,000 → 29.8 / 123.5, 130 ms, 556 KB;
 * 2,000 → 27.1 / 120.3, 113 ms, 579 KB. At 200 hours: 49.5 → 19.2 → 10.4 KB.
 * Pagefind reads it from PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (its name promises nothing: the
 * bench's bytes per query is what would show it gone).
 */
export const INDEX_CHUNK_LOCATIONS = 2000;

/** A model file read and decoded; a broken one names itself (JSON's and zod's messages do not). */
function readModel<T>(file: string, decode: (raw: unknown) => T): T {
  try {
    return decode(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      files++;
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  return { files, bytes };
}

/** Throws with Pagefind's own errors, named by what was being done. */
function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);
}

/**
 * Indexes the episodes of `episodesDir`'s catalogue (`index.json`) into `outputPath` (the copy's
 * `pagefind/`). `onProgress` is told after each episode; the bench may index only the first
 * `limit` episodes, in windows of `windowSeconds`; `chunkLocations` is for comparing chunk sizes.
 * Stops Pagefind's service when done.
 */
export async function writePagefindIndex(
  episodesDir: string,
  outputPath: string,
  onProgress: (done: number, total: number) => void = () => {},
  {
    windowSeconds,
    limit,
    chunkLocations = INDEX_CHUNK_LOCATIONS,
  }: { windowSeconds?: number; limit?: number; chunkLocations?: number } = {},
): Promise<PagefindIndexStats> {
  const started = performance.now();
  // Read by the Pagefind service that createIndex starts (a child process with this environment).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(chunkLocations);
  const catalogue = readModel(path.join(episodesDir, "index.json"), decodeCatalogue);
  // The show filter names a show by the slug of its library pages, unique among the library's shows.
  const showSlugs = new Map(listShows(catalogue.episodes).map((s) => [s.name, s.slug]));
  const { index, errors } = await pagefind.createIndex({});
  try {
    check("start", errors);
    if (!index) throw new Error("Pagefind could not start");
    let records = 0;
    const entries = catalogue.episodes.slice(0, limit);
    for (const [i, entry] of entries.entries()) {
      const episode = readModel(path.join(episodesDir, `${entry.slug}.json`), decodeEpisode);
      const added = await Promise.all(
        buildPagefindRecords(episode, { windowSeconds, showSlug: showSlugs.get(episode.show ?? "") }).map(
          (r) => index.addCustomRecord(r),
        ),
      );
      for (const response of added) check(`index ${entry.slug}`, response.errors);
      records += added.length;
      onProgress(i + 1, entries.length);
    }
    check(`write ${outputPath}`, (await index.writeFiles({ outputPath })).errors);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    return { episodes: entries.length, records, ...sizeOf(outputPath), seconds };
  } finally {
    await pagefind.close();
  }
}
