import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Speaker } from "@/lib/model/episode-schema";
import { createLibrarySearch, isRejectedQuery } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import { LOOKUP_WORDS_SQL } from "@/lib/search/engine/lookup-words";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { SEARCH_SQL } from "@/lib/search/engine/search-sql";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { GRACE, query, textEpisode } from "./engine-helpers";

/** A name with quotes, a backslash and tsquery operators: a value must reach the engine whole. */
const QUOTED: Speaker = { id: "q", name: `O'Brien \\ "Q" & !x:* ')--`, label: "O'Brien", voices: [] };

const episodes = [
  textEpisode("lamps", ["the lamp keeper", "a lamp by the sea", "lamps and lanterns"], {
    speakers: [GRACE, QUOTED],
    show: "Coast",
    published: "2024-02-01",
  }),
  textEpisode("tides", ["the tide and the lamp", "tides turn"], { show: "Sea", published: "2023-05-01" }),
];

/** SEARCH_SQL's parameters for a plain search of `match` (see searchParams, search-shards.ts). */
const params = (match: string, more: { speaker?: string; show?: string; episodes?: number[] } = {}) => [
  match,
  match,
  null,
  more.show ?? null,
  more.speaker ?? null,
  null,
  null,
  "relevance",
  20,
  0,
  5,
  match,
  null,
  0,
  more.episodes ?? null,
];

const preparedNames = async (client: SqlClient) =>
  (await client.query<{ name: string }>("SELECT name FROM pg_prepared_statements ORDER BY name")).map(
    (r) => r.name,
  );

describe("the embedded search's statements, run by name", () => {
  let client: SqlClient;
  let search: LibrarySearch;
  beforeEach(async () => {
    client = await createPgliteClient(undefined);
    await ensureSearchSchema(client);
    await indexEpisodes(client, { upsert: episodes, remove: [] });
    search = createLibrarySearch(client);
  });
  afterEach(() => client.close());

  it("GOOD: a search prepares its two statements once, and answers as the same statements run unnamed", async () => {
    expect(await preparedNames(client)).toEqual([]);
    const first = await search.search(query("lamp"));
    // Three sentences, the title "Episode lamps" and the other episode's lamp.
    expect(first.total).toBe(5);
    expect(await search.search(query("lamp", { speaker: QUOTED.name }))).toMatchObject({ total: 1 });
    expect(await preparedNames(client)).toEqual(["episode_explorer_lookup", "episode_explorer_search"]);
    // The same values through a transaction, whose statements are not named: the same rows.
    const ids = (await client.query<{ id: number }>("SELECT id FROM search_episodes ORDER BY slug")).map(
      (r) => r.id,
    );
    const cases = [
      params("'lamp'"),
      params("'lamp'", { speaker: QUOTED.name }),
      params("'lamp' | 'tide'", { show: "Sea" }),
      params("'lamp'", { episodes: ids.slice(1) }),
    ];
    for (const values of cases) {
      const named = await client.query(SEARCH_SQL, values);
      const unnamed = await client.transaction((tx) => tx.query(SEARCH_SQL, values));
      expect(named).toEqual(unnamed);
    }
    const lookup = [["lamp"], ["lamp"], ["lamp"], ["lam"], ["lmap", `O'Brien\\`]];
    expect(await client.query(LOOKUP_WORDS_SQL, lookup)).toEqual(
      await client.transaction((tx) => tx.query(LOOKUP_WORDS_SQL, lookup)),
    );
  });

  it("plans for the values at every run only in a database that has searched, not one that only indexes", async () => {
    const mode = async () =>
      (await client.query<{ plan_cache_mode: string }>("SHOW plan_cache_mode"))[0]?.plan_cache_mode;
    expect(await mode()).toBe("auto");
    await search.search(query("lamp"));
    expect(await mode()).toBe("force_custom_plan");
  });

  it("never runs inside a transaction another caller has open: it waits for its end", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const changing = client
      .transaction(async (tx) => {
        await tx.query("UPDATE search_episodes SET title = 'Uncommitted'");
        await held;
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    // Asked while the transaction is open (its update done), answered after its rollback.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = search.search(query("tides"));
    setTimeout(release, 50);
    expect((await answer).episodes.map((e) => e.title)).toEqual(["Episode tides"]);
    await changing;
  });

  it("prepares a statement again when it was dropped, and after the tables were made anew", async () => {
    await search.search(query("lamp"));
    await client.exec("DEALLOCATE ALL");
    expect((await search.search(query("lamp"))).total).toBe(5);
    await client.exec("DROP TABLE search_meta");
    await ensureSearchSchema(client);
    await indexEpisodes(client, { upsert: episodes.slice(1), remove: [] });
    expect((await search.search(query("lamp"))).total).toBe(1);
  });

  it("BAD: a statement the engine rejects fails with its code, and the next one runs", async () => {
    const error = await client.query(SEARCH_SQL, params("'lamp' &")).catch((e: unknown) => e);
    expect(isRejectedQuery(error)).toBe(true);
    const nul = await client
      .query(SEARCH_SQL, params("'lamp'", { speaker: "a\u0000b" }))
      .catch((e: unknown) => e);
    expect(isRejectedQuery(nul)).toBe(true);
    expect(await search.search(query("lamp", { speaker: "a\u0000b" }))).toMatchObject({ total: 0 });
    expect((await search.search(query("lamp"))).total).toBe(5);
  });
});
