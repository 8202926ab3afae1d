import "server-only";
import { createLibrarySearch } from "../engine/create-library-search";
import { SearchUnavailableError, type LibrarySearch } from "../engine/library-query";
import { createPgClient } from "../engine/pg-client";
import { createPgliteClient } from "../engine/pglite-client";
import { hasCurrentSearchSchema } from "../engine/search-schema";
import { warmUpSearch } from "../engine/warm-up-search";

/**
 * Opens the library search on the PostgreSQL server at `url`, else on the embedded data
 * directory `dir`, and warms it up (warmUpSearch): the server opens it as it starts
 * (instrumentation.ts), so its first reader does not pay for a database's first search. Tables
 * missing or made by another version of the app are an error that says what to run: searched as
 * they are, every query would fail and read as "no matches". A warm-up that fails is left for
 * the reader's search to meet, and to say.
 */
export async function openSearchEngine({ url, dir }: { url?: string; dir?: string }): Promise<LibrarySearch> {
  const client = url ? createPgClient(url) : await createPgliteClient(dir);
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
