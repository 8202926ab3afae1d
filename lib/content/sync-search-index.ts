import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeCatalogue, decodeEpisode } from "../model/decode-episode";
import type { Episode } from "../model/episode-schema";
import { indexEpisodes, listIndexedEpisodes } from "../search/engine/index-episodes";
import { ensureSearchSchema } from "../search/engine/search-schema";
import type { SqlClient } from "../search/engine/sql-client";
import { readBuildState } from "./build-state";
import { openIndexTarget } from "./open-index-target";
import { readTextIfExists, writeIfChanged } from "./source-files";

/** Episodes decoded and sent to the engine at a time: a thousand decoded hours would not fit. */
const BATCH = 16;

export interface SyncSummary {
  target: string;
  indexed: number;
  removed: number;
  unchanged: number;
}

/**
 * What each built episode's index entry is keyed by: the build's record of its sources (hash and
 * model size) when there is one, else a hash of the model file (a model built elsewhere).
 */
function episodeKeys(out: string): Map<string, string> {
  const catalogue = decodeCatalogue(JSON.parse(readFileSync(path.join(out, "index.json"), "utf8")));
  const state = readBuildState(out).episodes;
  const keys = new Map<string, string>();
  for (const { slug } of catalogue.episodes) {
    const recorded = state[slug];
    keys.set(
      slug,
      recorded
        ? `${recorded.hash}:${recorded.bytes}`
        : createHash("sha256").update(readFileSync(path.join(out, `${slug}.json`))).digest("hex"),
    );
  }
  return keys;
}

const sidecarSchema = z.object({ generation: z.string(), episodes: z.record(z.string(), z.string()) });
const SIDECAR = "indexed.json";

function sameKeys(a: Record<string, string>, b: Map<string, string>): boolean {
  return Object.keys(a).length === b.size && [...b].every(([slug, key]) => a[slug] === key);
}

function readEpisode(out: string, slug: string): Episode {
  return decodeEpisode(JSON.parse(readFileSync(path.join(out, `${slug}.json`), "utf8")));
}

async function applyChanges(
  client: SqlClient,
  out: string,
  keys: Map<string, string>,
  { force, progress }: { force: boolean; progress: (line: string) => void },
): Promise<Omit<SyncSummary, "target">> {
  await ensureSearchSchema(client);
  const indexed = await listIndexedEpisodes(client);
  const todo = [...keys].filter(([slug, key]) => force || indexed.get(slug) !== key).map(([slug]) => slug);
  const remove = [...indexed.keys()].filter((slug) => !keys.has(slug));
  if (remove.length > 0) await indexEpisodes(client, { upsert: [], remove });
  for (let i = 0; i < todo.length; i += BATCH) {
    const slugs = todo.slice(i, i + BATCH);
    const upsert = slugs.map((slug) => ({ episode: readEpisode(out, slug), hash: keys.get(slug) as string }));
    await indexEpisodes(client, { upsert, remove: [] });
    progress(`search index: ${Math.min(i + BATCH, todo.length)}/${todo.length} episodes indexed`);
  }
  return { indexed: todo.length, removed: remove.length, unchanged: keys.size - todo.length };
}

/**
 * Brings the library search index up to date with the model in `out`: only episodes whose key
 * changed are indexed again, removed ones are dropped (`force`: everything, into a fresh
 * database). The embedded database is skipped without being opened when its record says it is
 * current, so an unchanged library starts at once.
 */
export async function syncSearchIndex(
  out: string,
  { force = false, progress = () => {} }: { force?: boolean; progress?: (line: string) => void } = {},
): Promise<SyncSummary> {
  const keys = episodeKeys(out);
  const target = openIndexTarget(out, { fresh: force });
  const sidecar = target.sidecarDir ? path.join(target.sidecarDir, SIDECAR) : undefined;
  if (sidecar && !force && target.generation) {
    const recorded = sidecarSchema.safeParse(JSON.parse(readTextIfExists(sidecar) ?? "null"));
    if (recorded.success && recorded.data.generation === target.generation && sameKeys(recorded.data.episodes, keys)) {
      target.abandon();
      return { target: target.describe, indexed: 0, removed: 0, unchanged: keys.size };
    }
  }
  const client = await target.connect();
  try {
    const summary = await applyChanges(client, out, keys, { force, progress });
    await client.close();
    const generation = target.commit();
    if (sidecar && generation)
      writeIfChanged(sidecar, `${JSON.stringify({ generation, episodes: Object.fromEntries([...keys].sort()) })}\n`);
    return { target: target.describe, ...summary };
  } catch (error) {
    await client.close().catch(() => {});
    target.abandon();
    throw error;
  }
}
