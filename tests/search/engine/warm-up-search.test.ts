import { describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { warmUpSearch } from "@/lib/search/engine/warm-up-search";
import { ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";

const episodes = [
  textEpisode("lamps", ["the lamp keeper", "a lamp by the sea"]),
  textEpisode("tides", ["the tide and the lamp", "tides turn"]),
];

/** The statements prepared on the connection that runs shard 0's searches (one, used in turn). */
const preparedOnShard = async (client: SqlClient) =>
  (
    await client
      .forShard(0)
      .query<{ statement: string }>("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
  ).map((row) => row.statement);

describe.each(ENGINES)("warmUpSearch on $name", (engine) => {
  it("GOOD: prepares the search statement on a shard's connection, and leaves the answers as they were", async () => {
    const { client } = await openLibrary(engine, episodes);
    try {
      const search = createLibrarySearch(client);
      expect(await preparedOnShard(client)).toEqual([]);
      await warmUpSearch(client);
      expect((await preparedOnShard(client)).some((sql) => sql.includes("FROM q, search_documents d"))).toBe(
        true,
      );
      const result = await search.search(query("lamp"));
      expect(result.episodes.map((e) => [e.slug, e.total])).toEqual([
        ["lamps", 3], // its title says `lamps` too
        ["tides", 1],
      ]);
      expect((await search.search(query("0warm0up0"))).total).toBe(0);
    } finally {
      await client.close();
    }
  });

  it("GOOD: an empty library warms up too; BAD: a closed database rejects", async () => {
    const { client } = await openLibrary(engine, []);
    await expect(warmUpSearch(client)).resolves.toBeUndefined();
    await client.close();
    await expect(warmUpSearch(client)).rejects.toThrow();
  });
});
