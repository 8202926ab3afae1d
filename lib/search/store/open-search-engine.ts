import "server-only";
import path from "node:path";
import { createLibrarySearch } from "../engine/create-library-search";
import { SearchUnavailableError, type LibrarySearch } from "../engine/library-query";
import { createPgClient } from "../engine/pg-client";
import { createPgliteWorkerClient, type OnThreadStop } from "../engine/pglite-worker-client";
import { hasCurrentSearchSchema } from "../engine/search-schema";
import { warmUpSearch } from "../engine/warm-up-search";

/** The embedded database's thread: the project's, where the server runs (as content/ is found). */
const SEARCH_WORKER = path.join(process.cwd(), "bin", "search-worker.mjs");

/**
 * Opens the library search on the PostgreSQL server at `url`, else on the embedded data
 * directory `dir`, and warms it up (warmUpSearch): the server opens it as it starts
 * (instrumentation.ts), so its first reader does not pay for a database's first search. Tables
 * missing or made by another version of the app are an error that says what to run: searched as
 * they are, every query would fail and read as "no matches". A warm-up that fails is left for
 * the reader's search to meet, and to say. The embedded database runs in a thread of its own
 * (pglite-worker-client.ts), so that a search never holds up the server's other requests;
 * `onStop` hears if that thread stops on its own.
 */
export async function openSearchEngine({
  url,
  dir,
  onStop,
}: {
  url?: string;
  dir?: string;
  onStop?: OnThreadStop;
}): Promise<LibrarySearch> {
  const client = url ? createPgClient(url) : await createPgliteWorkerClient(dir, SEARCH_WORKER, { onStop });
  try {
    if (!(await hasCurrentSearchSchema(client, client.shards)))
      throw new SearchUnavailableError(
        "The library's search index was made by another version of Episode Explorer (or not at all). Run `npx episodes index` (npm start does it too), then reload.",
      );
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  await warmUpSearch(client).catch(() => {});
  return createLibrarySearch(client);
}
