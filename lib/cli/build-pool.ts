import { Worker } from "node:worker_threads";
import type { FolderJob, FolderResult } from "./build-report";

/** The worker's entry: plain JavaScript that loads the TypeScript build as the CLI does. */
const WORKER_ENTRY = new URL("../../bin/build-worker.mjs", import.meta.url);

/**
 * Each worker's young generation (MiB; V8 gives a third of it to each half of the space new
 * objects start in). Building an episode allocates a few hundred MiB of short-lived objects
 * (tokens, words, zod results); with V8's default (16 MiB halves) they were scavenged and
 * promoted so often that collecting them took about a quarter of the build's CPU, on the same two
 * cores the workers need. 192 MiB (64 MiB halves) cut the CPU of a build by about a fifth for
 * about 120 MiB more per worker at its peak.
 */
const YOUNG_GENERATION_MB = 192;

type WorkerReply = { k: number; result: FolderResult } | { k: number; error: string };

function startWorker(): Worker {
  // execArgv: [] so the threads do not inherit the parent's loader flags (a test runner's).
  return new Worker(WORKER_ENTRY, {
    execArgv: [],
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

/**
 * Builds the jobs on `size` worker threads and hands each result to `onResult` in job order
 * (whatever order the workers finish in), so what is written and printed does not depend on
 * timing. At most `size × 4` results wait for an earlier one, which bounds memory.
 */
export function buildInWorkers(
  jobs: FolderJob[],
  size: number,
  onResult: (k: number, result: FolderResult) => void,
): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const maxAhead = size * 4;
  const waiting = new Map<number, FolderResult>();
  let nextJob = 0;
  let nextResult = 0;
  const workers = Array.from({ length: Math.min(size, jobs.length) }, startWorker);
  const idle: Worker[] = [];
  const canStart = () => nextJob < jobs.length && nextJob < nextResult + maxAhead;
  const feed = (worker: Worker) => {
    if (!canStart()) {
      idle.push(worker);
      return;
    }
    const k = nextJob++;
    worker.postMessage({ k, job: jobs[k] });
  };
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const receive = (worker: Worker, reply: WorkerReply) => {
      if ("error" in reply) throw new Error(`${jobs[reply.k]?.dir ?? "?"}: ${reply.error}`);
      waiting.set(reply.k, reply.result);
      for (let ready = waiting.get(nextResult); ready; ready = waiting.get(nextResult)) {
        waiting.delete(nextResult);
        onResult(nextResult++, ready);
      }
      feed(worker);
      while (idle.length > 0 && canStart()) feed(idle.shift() as Worker);
      if (nextResult === jobs.length) finish();
    };
    for (const worker of workers) {
      worker.on("message", (reply: WorkerReply) => {
        try {
          receive(worker, reply);
        } catch (error) {
          finish(error);
        }
      });
      worker.on("error", finish);
      worker.on("exit", (code) => {
        if (!settled) finish(new Error(`build worker stopped (exit ${code})`));
      });
      feed(worker);
    }
  });
}
