import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import { decodeCatalogueSlugs } from "../../model/decode-episode";
import { indexEpisodes, listIndexedEpisodes } from "../engine/index-episodes";
import { ensureSearchSchema, SEARCH_SCHEMA_VERSION } from "../engine/search-schema";
import type { SqlClient } from "../engine/sql-client";
import { readBuildState } from "../../content/build-state";
import { openIndexTarget } from "./open-index-target";
import { readEpisodeRows } from "./read-episode-rows";
import { readBytes, readTextIfExists, writeIfChanged } from "../../content/source-files";

/** Progress is reported every this many episodes read. */
const PROGRESS_EVERY = 25;

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
  const file = path.join(out, "index.json");
  const text = readTextIfExists(file);
  if (text === undefined) throw new Error(`${file}: no built model here; run npx episodes build first`);
  const slugs = decodeCatalogueSlugs(JSON.parse(text));
  const state = readBuildState(out).episodes;
  const keys = new Map<string, string>();
  for (const slug of slugs) {
    const recorded = state[slug];
    keys.set(
      slug,
      recorded
        ? `${recorded.hash}:${recorded.bytes}`
        : createHash("sha256")
            .update(readBytes(path.join(out, `${slug}.json`)))
            .digest("hex"),
    );
  }
  return keys;
}

/**
 * The record of what a target was last brought up to date with. `schema`: the search tables'
 * version it was indexed with, so a newer Episode Explorer indexes again instead of trusting a
 * record of tables it would no longer read (a record without it is from before: not current).
 */
const sidecarSchema = z.object({
  generation: z.string(),
  schema: z.number(),
  episodes: z.record(z.string(), z.string()),
});

function sameKeys(a: Record<string, string>, b: Map<string, string>): boolean {
  return Object.keys(a).length === b.size && [...b].every(([slug, key]) => a[slug] === key);
}

/**
 * Episodes added, changed or removed since the record: all there is to tell how much is to be
 * written before the database is open (an empty record: everything).
 */
function countChanges(recorded: Record<string, string>, keys: Map<string, string>): number {
  const removed = Object.keys(recorded).filter((slug) => !keys.has(slug)).length;
  return removed + [...keys].filter(([slug, key]) => recorded[slug] !== key).length;
}

/** The keys the target was last brought up to date with (empty when unknown). */
function readRecord(file: string, generation: string): Record<string, string> {
  try {
    const recorded = sidecarSchema.safeParse(JSON.parse(readTextIfExists(file) ?? "null"));
    const { success, data } = recorded;
    return success && data.generation === generation && data.schema === SEARCH_SCHEMA_VERSION
      ? data.episodes
      : {};
  } catch {
    return {};
  }
}

async function applyChanges(
  client: SqlClient,
  out: string,
  keys: Map<string, string>,
  {
    recorded,
    force,
    progress,
  }: { recorded: Record<string, string>; force: boolean; progress: (line: string) => void },
): Promise<Omit<SyncSummary, "target">> {
  await ensureSearchSchema(client);
  const indexed = await listIndexedEpisodes(client);
  // Only episodes whose model changed since the record are read (decoding all would take long);
  // the engine then skips those whose indexed rows are the same after all.
  const todo = [...keys]
    .filter(([slug, key]) => force || !indexed.has(slug) || recorded[slug] !== key)
    .map(([slug]) => slug);
  const remove = [...indexed.keys()].filter((slug) => !keys.has(slug));
  // One transaction for all (one bulk load, one index build); episodes are read as it asks.
  const report = await indexEpisodes(
    client,
    {
      upsert: readEpisodeRows(out, todo),
      count: todo.length,
      remove,
    },
    ({ done, total }) => {
      if (done % PROGRESS_EVERY === 0 || done === total)
        progress(`search index: ${done}/${total} episodes read`);
    },
  );
  const changed = report.indexed.length;
  return { indexed: changed, removed: remove.length, unchanged: keys.size - changed };
}

/**
 * Brings the library search index up to date with the model in `out`: only episodes whose model
 * changed are read and indexed again, removed ones are dropped (`force`: everything, into a
 * fresh embedded database). The embedded database is not even opened when its record says it
 * is current, so an unchanged library starts at once; a server is always asked (an unreachable
 * one is an error to report at start, not a page that fails later).
 */
export async function syncSearchIndex(
  out: string,
  { force = false, progress = () => {} }: { force?: boolean; progress?: (line: string) => void } = {},
): Promise<SyncSummary> {
  const keys = episodeKeys(out);
  const target = openIndexTarget(out, { fresh: force });
  const recorded = force ? {} : readRecord(target.recordFile, target.generation);
  if (target.generation !== "server" && target.generation !== "" && !force && sameKeys(recorded, keys))
    return { target: target.describe, indexed: 0, removed: 0, unchanged: keys.size };
  const client = await target.connect({ episodes: countChanges(recorded, keys) });
  try {
    const summary = await applyChanges(client, out, keys, { recorded, force, progress });
    await client.close();
    const generation = target.commit();
    writeIfChanged(
      target.recordFile,
      `${JSON.stringify({ generation, schema: SEARCH_SCHEMA_VERSION, episodes: Object.fromEntries([...keys].sort()) })}\n`,
    );
    return { target: target.describe, ...summary };
  } catch (error) {
    await client.close().catch(() => {});
    target.abandon();
    throw error;
  }
}
