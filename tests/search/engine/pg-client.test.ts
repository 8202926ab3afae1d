import { describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { SearchUnavailableError } from "@/lib/search/engine/library-query";
import { createPgClient } from "@/lib/search/engine/pg-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { query } from "./engine-helpers";

describe("a PostgreSQL server that cannot be reached", () => {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  const url = "postgres://someone:secret@127.0.0.1:1/episodes";

  it("rejects searches with SearchUnavailableError saying what to do, without the password", async () => {
    const client = createPgClient(url);
    const search = createLibrarySearch(client);
    const error = await search.search(query("attention")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toMatch(/127\.0\.0\.1:1.*DATABASE_URL/s);
    expect((error as Error).message).not.toContain("secret");
    await expect(search.facets()).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(ensureSearchSchema(client)).rejects.toBeInstanceOf(SearchUnavailableError);
    await client.close();
  });
});
