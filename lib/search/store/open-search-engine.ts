import "server-only";
import { createLibrarySearch } from "../engine/create-library-search";
import type { LibrarySearch } from "../engine/library-query";
import { createPgClient } from "../engine/pg-client";
import { createPgliteClient } from "../engine/pglite-client";

/** Opens the library search on the PostgreSQL server at `url`, else on the embedded data directory `dir`. */
export async function openSearchEngine({ url, dir }: { url?: string; dir?: string }): Promise<LibrarySearch> {
  const client = url ? createPgClient(url) : await createPgliteClient(dir);
  return createLibrarySearch(client);
}
