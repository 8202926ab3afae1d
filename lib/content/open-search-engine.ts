import "server-only";
import { createLibrarySearch } from "../search/engine/create-library-search";
import type { LibrarySearch } from "../search/engine/library-query";
import { createPgClient } from "../search/engine/pg-client";
import { createPgliteClient } from "../search/engine/pglite-client";

/** Opens the library search on the PostgreSQL server at `url`, else on the embedded data directory `dir`. */
export async function openSearchEngine({ url, dir }: { url?: string; dir?: string }): Promise<LibrarySearch> {
  const client = url ? createPgClient(url) : await createPgliteClient(dir);
  return createLibrarySearch(client);
}
