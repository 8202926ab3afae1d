import { parentPort } from "node:worker_threads";
import { buildFolder } from "./build-all";
import type { FolderJob } from "./build-report";

/**
 * A build worker thread (started by `build-pool` through `bin/build-worker.mjs`): builds each
 * folder it is sent and posts the result back with the job's number.
 */
const port = parentPort;
if (port) {
  port.on("message", (message: { k: number; job: FolderJob }) => {
    try {
      port.postMessage({ k: message.k, result: buildFolder(message.job) });
    } catch (error) {
      port.postMessage({ k: message.k, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
