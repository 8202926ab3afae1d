import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import type { LibraryQuery, LibrarySearch } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { documentIndexNames, ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { searchShards, type SearchedReading } from "@/lib/search/engine/search-shards";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { ENGINES, GRACE, planOf, query, spyOnSearchStatements, textEpisode } from "./engine-helpers";

/**
 * 27 episodes that all say “harbour”, some many times, some with the whole phrase, over two
 * shows, three years and no date at all; several tie on score and on day, so the order's last
 * key (the slug) decides between episodes of different shards.
 */
const episodes = Array.from({ length: 27 }, (_, i) =>
  textEpisode(
    `shard-case-${String((i * 7) % 27).padStart(2, "0")}`,
    [
      ...Array.from(
        { length: 1 + (i % 4) },
        (_, k) => `the harbour light ${k}${i % 3 === 0 ? " at dawn" : ""}`,
      ),
      i % 5 === 0 ? "a harbour at dawn is quiet" : "nothing to see",
    ],
    {
      title: "Sample",
      show: i % 2 === 0 ? "Even Show" : "Odd Show",
      published: i % 6 === 5 ? undefined : `${2021 + (i % 3)}-0${1 + (i % 4)}-15`,
      speakers: i % 3 === 1 ? [GRACE] : [],
    },
  ),
);

const TEXTS = ["harbour", "harbour dawn", "the harb", '"harbour at dawn"', "harbour -quiet", "lighthouse"];
const ASKED: LibraryQuery[] = TEXTS.flatMap((text) =>
  (["relevance", "newest", "oldest"] as const).flatMap((sort) =>
    [1, 2, 3, 4].map((page) => query(text, { sort, page })),
  ),
).concat([query("harbour", { speaker: GRACE.name }), query("harbour", { show: "Odd Show", sort: "oldest" })]);

async function open(client: SqlClient): Promise<{ client: SqlClient; search: LibrarySearch }> {
  await ensureSearchSchema(client);
  await indexEpisodes(client, { upsert: episodes, remove: [] });
  return { client, search: createLibrarySearch(client) };
}

/**
 * The answers of one shard are the reference: cutting the index into shards (each searched
 * apart, the answers merged) must change no total, no page, no order and no hit.
 */
describe("a library cut into shards answers as one", () => {
  const opened: { client: SqlClient; search: LibrarySearch }[] = [];
  const answers = (search: LibrarySearch) => Promise.all(ASKED.map((q) => search.search(q)));
  let reference: Awaited<ReturnType<typeof answers>>;
  beforeAll(async () => {
    const one = await open(await createPgliteClient(undefined, { shards: 1 }));
    opened.push(one);
    reference = await answers(one.search);
  });
  afterAll(() => Promise.all(opened.map((o) => o.client.close())));

  it("BAD: a shard count that is not a whole number of at least 1 is refused before any table is made", async () => {
    for (const shards of [0, -1, 1.5, Number.NaN]) {
      const client = await createPgliteClient(undefined, { shards });
      await expect(ensureSearchSchema(client), String(shards)).rejects.toThrow(/whole number of shards/);
      expect(
        (await client.query<{ t: string | null }>("SELECT to_regclass('search_meta')::text AS t"))[0]?.t,
      ).toBeNull();
      await client.close();
    }
  });

  it("the reference has what the comparison needs: many pages, ties, every sort", () => {
    const harbour = reference[0];
    expect(harbour?.totalEpisodes).toBe(27);
    expect(harbour?.pageCount).toBe(3);
    expect(reference.filter((r) => r.episodes.length > 0).length).toBeGreaterThanOrEqual(38);
  });

  it.each([2, 3, 5])("embedded, %i shards: the same answers", async (shards) => {
    const cut = await open(await createPgliteClient(undefined, { shards }));
    opened.push(cut);
    expect(await answers(cut.search)).toEqual(reference);
  });

  it.each(ENGINES.filter((e) => e.name !== "PGlite"))(
    "$name, in its own shards: the same answers",
    async (engine) => {
      const server = await open(await engine.open());
      opened.push(server);
      expect(server.client.shards).toBeGreaterThan(1);
      expect(await answers(server.search)).toEqual(reference);
    },
  );
});

/**
 * Each shard's statement must read that shard's index: the planner matches the statement's
 * `shard = k`, a constant of each shard's statement (search-statement.ts), to the index's
 * `WHERE shard = k`, and it must run on what serves that shard. Sequential scans are ruled out for the look, as the planner prefers them on
 * a table this small.
 */
describe.each([
  { name: "PGlite, 2 shards", open: () => createPgliteClient(undefined, { shards: 2 }) },
  ...ENGINES.filter((e) => e.name !== "PGlite"),
])("each shard's own index on $name", (engine) => {
  it("every shard statement reads its shard's index, none the whole table", async () => {
    const { client } = await open(await engine.open());
    try {
      const plans: string[] = [];
      const asked: { shard: number; param: unknown; episodes: boolean }[] = [];
      const spying = spyOnSearchStatements(client, async (shard, sql, params) => {
        asked.push({ shard, param: params[13], episodes: params[14] != null });
        plans.push(await planOf(client, sql, params));
      });
      for (const page of [1, 2]) await createLibrarySearch(spying).search(query("harbour", { page }));
      // An episode list's statement (page 2's hits) may read those episodes by their key instead.
      const read = plans.map(
        (plan, i) =>
          /search_documents_tsv_\d+/.exec(plan)?.[0] ??
          (asked[i]?.episodes && /search_documents_pkey/.test(plan) ? "key" : "none"),
      );
      const names = documentIndexNames(client.shards);
      // Page 1: one statement per shard; page 2: two (its episodes, then their hits).
      const shardOf = (name: string, i: number) => (name === "key" ? names[asked[i]?.shard ?? -1] : name);
      expect(read.map(shardOf).sort()).toEqual(names.flatMap((name) => [name, name, name]));
      for (const plan of plans) expect(plan).not.toMatch(/Seq Scan on search_documents d\b/);
      // Each shard's statement goes to that shard's connections (pg-client.ts: a pool per shard).
      expect(asked).toHaveLength(3 * client.shards);
      expect(asked.map(({ param }) => param)).toEqual(asked.map(({ shard }) => shard));
    } finally {
      await client.close();
    }
  });
});

/**
 * searchShards with several readings of a query searches the first that finds something
 * anywhere, with the query's filters, whichever shard says it: each shard's statement searches
 * the first it finds something with, and the earliest of those is the answer.
 */
describe.each([
  { name: "PGlite, 1 shard", open: () => createPgliteClient(undefined, { shards: 1 }) },
  { name: "PGlite, 2 shards", open: () => createPgliteClient(undefined, { shards: 2 }) },
  ...ENGINES.filter((e) => e.name !== "PGlite"),
])("the first reading that finds something on $name", (engine) => {
  const readingOf = (...conditions: string[]): SearchedReading => ({
    match: conditions.join(" & "),
    conditions,
    rank: conditions.join(" | "),
    exact: conditions.join(" | "),
    phrase: null,
  });
  const said = [
    textEpisode("first-reading-a", ["alpha beta"], { show: "Even Show" }),
    textEpisode("first-reading-b", ["alpha gamma"], { show: "Odd Show", speakers: [GRACE] }),
    textEpisode("first-reading-c", ["delta epsilon"], { show: "Odd Show" }),
    // Many episodes of one reading, over every shard, for its pages.
    ...Array.from({ length: 23 }, (_, i) =>
      textEpisode(
        `first-reading-page-${String(i).padStart(2, "0")}`,
        [`omega${" psi".repeat(1 + (i % 4))}`],
        {
          published: `202${i % 3}-05-0${1 + (i % 5)}`,
        },
      ),
    ),
  ];
  let client: SqlClient;
  beforeAll(async () => {
    client = await engine.open();
    await ensureSearchSchema(client);
    await indexEpisodes(client, { upsert: said, remove: [] });
  });
  afterAll(() => client.close());
  const first = async (readings: SearchedReading[], more: Partial<LibraryQuery> = {}) => {
    const found = await searchShards(client, query("alpha", more), readings);
    return { reading: found.reading, texts: found.hits.map((hit) => hit.text).sort() };
  };

  it("GOOD: the first in order that any shard finds, wherever it is said, and what it finds", async () => {
    if (client.shards > 1) {
      const shards = await client.query<{ shard: number }>(
        "SELECT shard FROM search_documents WHERE text IN ('alpha beta', 'alpha gamma') ORDER BY shard",
      );
      // The two readings found are said on different shards: each order asks another shard first.
      expect(shards.map((row) => row.shard)).toEqual([0, 1]);
    }
    const [zeta, beta, gamma] = ["'zeta'", "'beta'", "'gamma'"].map((w) => readingOf("'alpha'", w));
    expect(await first([zeta!, beta!, gamma!])).toEqual({ reading: 1, texts: ["alpha beta"] });
    expect(await first([zeta!, gamma!, beta!])).toEqual({ reading: 1, texts: ["alpha gamma"] });
    expect(await first([gamma!, zeta!, beta!])).toEqual({ reading: 0, texts: ["alpha gamma"] });
    // A reading's second condition counts as much as its first.
    expect(await first([readingOf("'alpha'", "'zeta'"), readingOf("'delta'", "'epsilon'")])).toEqual({
      reading: 1,
      texts: ["delta epsilon"],
    });
  });

  it("GOOD: the query's filters hold: a reading found only outside them is passed over", async () => {
    const [beta, gamma] = ["'beta'", "'gamma'"].map((w) => readingOf("'alpha'", w));
    expect(await first([beta!, gamma!], { show: "Odd Show" })).toEqual({
      reading: 1,
      texts: ["alpha gamma"],
    });
    expect(await first([beta!, gamma!], { speaker: GRACE.name })).toEqual({
      reading: 1,
      texts: ["alpha gamma"],
    });
    expect(await first([gamma!, beta!], { show: "Even Show" })).toEqual({
      reading: 1,
      texts: ["alpha beta"],
    });
    expect(await first([beta!, gamma!], { show: "No Such Show" })).toEqual({ reading: -1, texts: [] });
  });

  it("BAD: readings that find nothing give none, and no hit", async () => {
    const none = await searchShards(client, query("alpha"), [
      readingOf("'alpha'", "'zeta'"),
      readingOf("'omega'", "'beta'"),
    ]);
    expect(none).toMatchObject({ reading: -1, total: 0, episodes: 0, page: [], hits: [] });
  });

  it("every page, in every order, is the found reading's own", async () => {
    const found = readingOf("'omega'", "'psi'");
    const readings = [readingOf("'alpha'", "'zeta'"), readingOf("'omega'", "'beta'"), found];
    for (const sort of ["relevance", "newest", "oldest"] as const)
      for (const page of [1, 2, 3]) {
        const asked = query("omega psi", { sort, page });
        const alone = await searchShards(client, asked, [found]);
        expect(alone.page.length, `${sort} ${page}`).toBe(page === 3 ? 3 : 10);
        expect(await searchShards(client, asked, readings), `${sort} ${page}`).toEqual({
          ...alone,
          reading: 2,
        });
      }
  });

  it("each shard's statement reads its own index (for the readings too), none the whole table", async () => {
    const plans: string[] = [];
    const spying = spyOnSearchStatements(client, async (shard, sql, params) => {
      plans.push(`shard ${shard}: ${await planOf(client, sql, params)}`);
    });
    const readings = [readingOf("'alpha'", "'zeta'"), readingOf("'alpha'", "'gamma'")];
    expect((await searchShards(spying, query("alpha"), readings)).reading).toBe(1);
    const indexes = plans.map((plan) => [...new Set(plan.match(/search_documents_tsv_\d+/g))]);
    expect(indexes).toEqual(documentIndexNames(client.shards).map((name) => [name]));
    for (const plan of plans) expect(plan).not.toMatch(/Seq Scan on search_documents d\b/);
  });
});
