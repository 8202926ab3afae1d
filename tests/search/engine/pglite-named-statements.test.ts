import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Speaker } from "@/lib/model/episode-schema";
import { createLibrarySearch, isRejectedQuery } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import { LOOKUP_WORDS_SQL } from "@/lib/search/engine/lookup-words";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { searchStatement } from "@/lib/search/engine/search-statement";
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

/** The search statement's parameters for a search of `match` (see searchParams, search-shards.ts). */
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

/** The search statement of the shape `values` ask for (shapeOf, search-shards.ts), on the one shard. */
const statementFor = (values: unknown[]) =>
  searchStatement({
    shard: 0,
    also: values[12] !== null,
    episodes: values[14] !== null,
    filters: values[3] !== null,
    speaker: values[4] !== null && "lexeme",
    byRelevance: values[7] === "relevance",
    readings: Array.isArray(values[0]),
  }).sql;

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
    // The lookup, and the search statement of each shape asked: plain, and for a speaker.
    expect(await preparedNames(client)).toEqual([
      "episode_explorer_lookup",
      "episode_explorer_search_0",
      "episode_explorer_search_0_l",
    ]);
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
      const named = await client.query(statementFor(values), values);
      const unnamed = await client.transaction((tx) => tx.query(statementFor(values), values));
      expect(named).toEqual(unnamed);
    }
    const lookup = [["lamp"], ["lamp"], ["lamp"], ["lam"], ["lmap", `O'Brien\\`]];
    expect(await client.query(LOOKUP_WORDS_SQL, lookup)).toEqual(
      await client.transaction((tx) => tx.query(LOOKUP_WORDS_SQL, lookup)),
    );
  });

  it("plans each search statement once, for any values, and leaves every other statement as it was", async () => {
    const mode = async () =>
      (await client.query<{ plan_cache_mode: string }>("SHOW plan_cache_mode"))[0]?.plan_cache_mode;
    expect(await mode()).toBe("auto");
    // More than the five runs after which PostgreSQL would weigh a plan for any values itself.
    for (let i = 0; i < 7; i++) await search.search(query(i % 2 ? "lamp" : "tides"));
    const plans = await client.query<{ custom: number; generic: number }>(
      `SELECT custom_plans::int AS custom, generic_plans::int AS generic FROM pg_prepared_statements
       WHERE name = 'episode_explorer_search_0'`,
    );
    expect(plans).toEqual([{ custom: 0, generic: 7 }]);
    // The setting holds only while a search statement is bound: an unnamed statement with
    // parameters is still planned for its values (one planned for any values would not read
    // a shard's index, whose number it is given as a parameter).
    expect(await mode()).toBe("auto");
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
    const error = await client
      .query(statementFor(params("'lamp' &")), params("'lamp' &"))
      .catch((e: unknown) => e);
    expect(isRejectedQuery(error)).toBe(true);
    const nul = await client
      .query(
        statementFor(params("'lamp'", { speaker: "a\u0000b" })),
        params("'lamp'", { speaker: "a\u0000b" }),
      )
      .catch((e: unknown) => e);
    expect(isRejectedQuery(nul)).toBe(true);
    expect(await search.search(query("lamp", { speaker: "a\u0000b" }))).toMatchObject({ total: 0 });
    expect((await search.search(query("lamp"))).total).toBe(5);
  });
});
