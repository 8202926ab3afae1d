import { Worker } from "node:worker_threads";
import { SearchStoppedError, SearchUnavailableError } from "./library-query";
import type { SqlClient, SqlRunner } from "./sql-client";

/** A request to the thread (search-worker.ts) and its answer, matched by `id`. */
export interface WorkerRequest {
  id: number;
  op: "open" | "query" | "exec" | "close";
  sql?: string;
  params?: readonly unknown[];
}
export interface WorkerReply {
  id: number;
  rows?: unknown[];
  error?: WireError;
}
/** An error as it crosses threads: what the engine's callers read of it (isRejectedQuery, the page). */
export interface WireError {
  message: string;
  code?: string;
  unavailable?: boolean;
}

export function toWireError(error: unknown): WireError {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    message: error instanceof Error ? error.message : String(error),
    ...(typeof code === "string" ? { code } : {}),
    unavailable: error instanceof SearchUnavailableError,
  };
}

function fromWireError({ message, code, unavailable }: WireError): Error {
  const error = unavailable ? new SearchUnavailableError(message) : new Error(message);
  return code === undefined ? error : Object.assign(error, { code });
}

/*
 * PGlite runs PostgreSQL compiled to WebAssembly on the thread that calls it, and a statement
 * runs to its end there: in the server's own thread, every page and request waited while one
 * reader's search ran. At 1,000 hours, `the` held the thread for 1.9 s, `think` 0.3 s, an everyday
 * word 20–80 ms. Here the database lives in a thread of its own; the server's thread only posts
 * the statement and its values and receives the rows, and serves other requests meanwhile.
 * Searches still run one at a time, in the order asked, as they did.
 */

/*
 * The thread's own JavaScript heap: what it allocates lives briefly (each statement's messages
 * and rows), and V8 gave its young generation the default room all the same. The server at
 * 1,000 hours with search warm (bench) had 327.54 MiB of RSS with the database in the server's
 * thread, 389.74 MiB in this thread at V8's default, 372.90 with 4 MB. The bench's query mix
 * then `think`, in one process, three runs each: RSS 401–409 MiB by default, 370–393 with 4 MB,
 * in process 361–393; latency alike.
 */
const THREAD_YOUNG_GENERATION_MB = 4;

/** Called once if the thread stops on its own (it failed, or exited), not when it is closed. */
export type OnThreadStop = (error: SearchStoppedError) => void;

/** Requests to `worker`, each settled by its reply; every one is rejected once the thread stops. */
function callThread(worker: Worker, onStop: OnThreadStop) {
  const waiting = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  let closing = false;
  const settle = (id: number) => {
    const found = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
    return found;
  };
  worker.on("message", ({ id, rows, error }: WorkerReply) => {
    const found = settle(id);
    if (error) found?.reject(fromWireError(error));
    else found?.resolve(rows ?? []);
  });
  const stop = (reason: string) => {
    if (!stopped) {
      // Stopped on its own, the database is opened again by the next search (get-library-search.ts).
      const again = "Search again: the server opens it anew.";
      stopped = closing
        ? new SearchUnavailableError("The embedded search database was closed.")
        : new SearchStoppedError(`The embedded search database stopped (${reason}). ${again}`);
      if (stopped instanceof SearchStoppedError) onStop(stopped);
    }
    for (const id of [...waiting.keys()]) settle(id)?.reject(stopped);
  };
  worker.on("error", (error) => stop(error.message));
  worker.on("exit", (code) => stop(`its thread exited with code ${code}`));
  const call = (op: WorkerRequest["op"], sql?: string, params?: readonly unknown[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = nextId++;
      if (waiting.size === 0) worker.ref();
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, op, sql, params } satisfies WorkerRequest);
    });
  /** Closes the database (if the thread still runs), then ends the thread: no stop of its own. */
  const close = async () => {
    closing = true;
    if (!stopped) await call("close").catch(() => {});
    await worker.terminate();
  };
  return { call, close };
}

/**
 * The embedded database at `dataDir` (created when missing; undefined: in memory), opened in a
 * worker thread started on `entry` (bin/search-worker.mjs, which runs search-worker.ts), for
 * searching: every query and exec is run there. No transactions: a search runs none, and a
 * transaction on the only connection would take in the statements of other searches meanwhile
 * (writers use createPgliteClient). A thread that cannot open the folder rejects with a
 * SearchUnavailableError, as does a closed one. A thread that stops on its own rejects every
 * call with a SearchStoppedError and, if it had opened, says so once to `onStop`. The thread
 * keeps the process alive only while a call is waiting.
 */
export async function createPgliteWorkerClient(
  dataDir: string | undefined,
  entry: string | URL,
  { onStop = () => {} }: { onStop?: OnThreadStop } = {},
): Promise<SqlClient> {
  const worker = new Worker(entry, {
    workerData: { dataDir },
    resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
  });
  worker.unref();
  let opened = false;
  const { call, close } = callThread(worker, (error) => opened && onStop(error));
  try {
    await call("open");
    opened = true;
  } catch (error) {
    await close();
    throw error;
  }
  const runner: SqlRunner = {
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await call("query", sql, params)) as T[],
    exec: async (sql) => void (await call("exec", sql)),
  };
  return {
    shards: 1,
    ...runner,
    forShard: () => runner,
    transaction: () =>
      Promise.reject(new Error("The search thread runs no transactions: write through createPgliteClient.")),
    close,
  };
}
