import { parentPort, workerData } from "node:worker_threads";
import { episodeRows } from "../engine/episode-documents";
import { readModelEpisode } from "./read-episode-rows";

/**
 * A reader thread of the search index (started by `readEpisodeRows` through
 * `bin/index-worker.mjs`): reads, decodes and turns into rows each episode it is sent, in the
 * order sent, and posts the rows back with the request's number.
 */
const port = parentPort;
const { out } = workerData as { out: string };
if (port) {
  port.on("message", ({ k, slug }: { k: number; slug: string }) => {
    try {
      port.postMessage({ k, rows: episodeRows(readModelEpisode(out, slug)) });
    } catch (error) {
      port.postMessage({ k, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
