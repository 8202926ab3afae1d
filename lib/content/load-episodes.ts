import "server-only";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeCatalogue, decodeEpisode } from "../model/decode-episode";
import { MODEL_VERSION, type Catalogue, type Episode } from "../model/episode-schema";
import { BUILD_STATE_FILE } from "./build-state";

/**
 * The one module of the site that reads the file system: the built model in
 * `content/episodes/`. Everything is validated against the schema on read and
 * memoised by path and modification time, so a rebuilt model is picked up without a restart.
 */

/**
 * How many parsed files stay in memory. Pages render on request, so a library of any size is
 * served: the memo keeps the recently viewed episodes (a parsed hour is a few MB) and forgets the
 * least recently used, so the server's memory stays flat however many episodes it serves.
 */
export const MEMO_LIMIT = 16;

// A Map iterates in insertion order: re-inserting on every hit keeps the least recent first.
const memo = new Map<string, { mtimeMs: number; value: unknown }>();

function remember(file: string, entry: { mtimeMs: number; value: unknown }): void {
  memo.delete(file);
  memo.set(file, entry);
  while (memo.size > MEMO_LIMIT) {
    const oldest = memo.keys().next().value;
    if (oldest === undefined) break;
    memo.delete(oldest);
  }
}

function readValidated<T>(file: string, parse: (raw: unknown) => T): T {
  const { mtimeMs } = statSync(file);
  const hit = memo.get(file);
  if (hit && hit.mtimeMs === mtimeMs) {
    remember(file, hit);
    return hit.value as T;
  }
  let value: T;
  try {
    value = parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    // A broken model file names itself: JSON's and zod's own messages do not say which file.
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: ${message}`, { cause: error });
  }
  remember(file, { mtimeMs, value });
  return value;
}

/** Folder of the built model; tests may point it elsewhere with `EPISODES_DIR`. */
export function getEpisodesDir(): string {
  const configured = process.env.EPISODES_DIR;
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(process.cwd(), "content", "episodes");
}

/** The catalogue of built episodes; empty when nothing has been built yet. */
export function getCatalogue(): Catalogue {
  const file = path.join(getEpisodesDir(), "index.json");
  if (!existsSync(file)) return { schemaVersion: MODEL_VERSION, episodes: [] };
  return readValidated(file, decodeCatalogue);
}

/**
 * Which build of the model is on disk: the latest modification time of the catalogue and of the
 * build's record, which a build rewrites whenever any episode changed (0 before the first build).
 * Two stats, not a read: for caches of what is derived from every episode (the feeds).
 */
export function getCatalogueVersion(): number {
  const dir = getEpisodesDir();
  const mtime = (name: string) => {
    const file = path.join(dir, name);
    return existsSync(file) ? statSync(file).mtimeMs : 0;
  };
  return Math.max(mtime("index.json"), mtime(BUILD_STATE_FILE));
}

/** One episode by slug, or undefined when the catalogue does not list it. */
export function getEpisode(slug: string): Episode | undefined {
  if (!getCatalogue().episodes.some((entry) => entry.slug === slug)) return undefined;
  return readValidated(path.join(getEpisodesDir(), `${slug}.json`), decodeEpisode);
}
