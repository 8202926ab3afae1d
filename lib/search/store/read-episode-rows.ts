import path from "node:path";
import { Worker } from "node:worker_threads";
import { decodeEpisode } from "../../model/decode-episode";
import type { Episode } from "../../model/episode-schema";
import { readTextIfExists } from "../../content/source-files";
import { episodeRows, type EpisodeRows } from "../engine/episode-documents";

/** The reader thread's entry: plain JavaScript that loads the TypeScript reader as the CLI does. */
const WORKER_ENTRY = new URL("../../../bin/index-worker.mjs", import.meta.url);

/**
 * From this many episodes on, they are read in a thread of their own. Reading, decoding and
 * turning a model into rows is about two fifths of a cold index, and PGlite (WebAssembly, one
 * thread) can insert one episode while the other core reads the next. Below it, the thread's own
 * start (loading the TypeScript reader, ~0.4 s) would cost more than it saves.
 */
export const WORKER_FROM = 16;

/**
 * Episodes read ahead of the one being indexed: more than one insert batch holds (BATCH in
 * document-buffer.ts, about 30 episodes), so the reader keeps reading while a batch is inserted.
 * With 4, it stopped at every batch and the inserts then waited for it: 17 s of a 63 s cold
 * index at 1,000 hours. 48 episodes' rows are ~10 MB.
 */
const AHEAD = 48;

/** Young generation of the reader thread (MiB): decoding allocates many short-lived objects (see build-pool). */
const YOUNG_GENERATION_MB = 192;

/** One built episode's model, decoded; a missing or invalid file is an error naming it. */
export function readModelEpisode(out: string, slug: string): Episode {
  const file = path.join(out, `${slug}.json`);
  const text = readTextIfExists(file);
  if (text === undefined)
    throw new Error(`${file}: listed in the catalogue but missing; run npx episodes build`);
  try {
    return decodeEpisode(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type Reply = { k: number; rows: EpisodeRows } | { k: number; error: string };

interface Pending {
  promise: Promise<EpisodeRows>;
  resolve: (rows: EpisodeRows) => void;
  reject: (error: Error) => void;
}

function deferred(): Pending {
  let resolve!: (rows: EpisodeRows) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<EpisodeRows>((ok, fail) => ((resolve = ok), (reject = fail)));
  // Awaited in order later; a failure that arrives before its turn is not "unhandled".
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** The rows of the episodes `slugs` of the model in `out`, in order, read in a thread of their own. */
async function* readInWorker(out: string, slugs: readonly string[]): AsyncGenerator<EpisodeRows> {
  const worker = new Worker(WORKER_ENTRY, {
    // execArgv: [] so the thread does not inherit the parent's loader flags (a test runner's).
    execArgv: [],
    workerData: { out },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const wait of pending.values()) wait.reject(error);
  };
  worker.on("message", (reply: Reply) => {
    const wait = pending.get(reply.k);
    if ("error" in reply) wait?.reject(new Error(reply.error));
    else wait?.resolve(reply.rows);
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", (code) =>
    failAll(new Error(`the search index's reader thread stopped (exit code ${code})`)),
  );
  let sent = 0;
  try {
    for (let next = 0; next < slugs.length; next++) {
      for (; sent < slugs.length && sent <= next + AHEAD; sent++) {
        pending.set(sent, deferred());
        worker.postMessage({ k: sent, slug: slugs[sent] });
      }
      const rows = await (pending.get(next) as Pending).promise;
      pending.delete(next);
      yield rows;
    }
  } finally {
    pending.clear();
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}

/**
 * The search rows of the built episodes `slugs` in `out`, in order, one at a time (a thousand
 * decoded hours would not fit in memory). Many are read in a thread of their own while the
 * caller indexes the previous ones; a few are read here.
 */
export async function* readEpisodeRows(out: string, slugs: readonly string[]): AsyncGenerator<EpisodeRows> {
  if (slugs.length >= WORKER_FROM) {
    yield* readInWorker(out, slugs);
    return;
  }
  for (const slug of slugs) yield episodeRows(readModelEpisode(out, slug));
}
