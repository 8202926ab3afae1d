import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { indexEpisodes, listIndexedEpisodes } from "@/lib/search/engine/index-episodes";
import { documentIndexNames, ensureSearchSchema } from "@/lib/search/engine/search-schema";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { SEARCH_TABLES } from "@/lib/search/engine/vacuum-replaced-rows";
import { makeEpisode } from "../../export/episode-fixture";
import { ALAN, ENGINES, GRACE, query, textEpisode, withPlaceIds } from "./engine-helpers";

const first = textEpisode("first", ["the walrus sang loudly", "a second sentence"], {
  description: "A quiet description about lighthouses",
});
const second = textEpisode("second", ["penguins march in winter"]);
const third = textEpisode("third", ["the walrus returned"]);

describe.each(ENGINES)("indexing on $name", (engine) => {
  let client: SqlClient;
  beforeEach(async () => {
    client = await engine.open();
    expect(await ensureSearchSchema(client)).toBe(true);
  });
  afterEach(() => client.close());
  const found = async (text: string) =>
    (await createLibrarySearch(client).search(query(text))).episodes.map((e) => e.slug).sort();

  it("keeps the schema it made; rebuilds one of another version (then everything is indexed again)", async () => {
    await indexEpisodes(client, { upsert: [first], remove: [] });
    expect(await ensureSearchSchema(client)).toBe(false);
    expect([...(await listIndexedEpisodes(client)).keys()]).toEqual(["first"]);
    await client.query("UPDATE search_meta SET value = '0' WHERE key = 'schema_version'");
    expect(await ensureSearchSchema(client)).toBe(true);
    expect((await listIndexedEpisodes(client)).size).toBe(0);
  });

  it("rebuilds a schema made for another number of shards, with an index per shard", async () => {
    await indexEpisodes(client, { upsert: [first], remove: [] });
    // The client cut one shard finer; its statements all run where the client's others do.
    const other = { ...client, shards: client.shards + 1, forShard: () => client };
    expect(await ensureSearchSchema(other)).toBe(true);
    expect((await listIndexedEpisodes(other)).size).toBe(0);
    const names = await client.query<{ name: string }>(
      "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'search_documents' AND indexdef LIKE '%gin%' ORDER BY 1",
    );
    expect(names.map((n) => n.name)).toEqual(documentIndexNames(client.shards + 1));
    await indexEpisodes(other, { upsert: [first, third], remove: [] });
    expect(
      (await createLibrarySearch(other).search(query("walrus"))).episodes.map((e) => e.slug).sort(),
    ).toEqual(["first", "third"]);
    expect(await ensureSearchSchema(other)).toBe(false);
  });

  it("indexes new episodes, title and description included, and lists them with their hashes", async () => {
    const report = await indexEpisodes(client, { upsert: [first, second], remove: [] });
    expect(report).toMatchObject({ indexed: ["first", "second"], unchanged: [], removed: [] });
    // Title, description and 2 sentences; title and 1 sentence.
    expect(report.documents).toBe(4 + 2);
    const listed = await listIndexedEpisodes(client);
    expect([...listed.keys()].sort()).toEqual(["first", "second"]);
    expect(listed.get("first")).toMatch(/^[0-9a-f]{64}$/);
    expect(await found("lighthouses")).toEqual(["first"]);
    expect(await found("Episode second")).toEqual(["second"]);
  });

  it("unchanged: nothing is indexed again; one changed: only it; removed: gone, its words too", async () => {
    await indexEpisodes(client, { upsert: [first, second, third], remove: [] });
    const progress: string[] = [];
    const again = await indexEpisodes(client, { upsert: [first, second, third], remove: [] }, (p) =>
      progress.push(`${p.done}/${p.total} ${p.slug}`),
    );
    expect(again).toEqual({
      indexed: [],
      unchanged: ["first", "second", "third"],
      removed: [],
      documents: 0,
    });
    expect(progress).toEqual(["1/3 first", "2/3 second", "3/3 third"]);
    progress.length = 0;

    // A field the search never reads (the duration) changes nothing in the index.
    const timed = await indexEpisodes(client, { upsert: [{ ...first, duration: 4321 }], remove: [] });
    expect(timed).toMatchObject({ indexed: [], unchanged: ["first"] });

    const changed = textEpisode("second", ["penguins march in summer"]);
    const report = await indexEpisodes(client, { upsert: [first, changed, third], remove: [] }, (p) =>
      progress.push(`${p.done}/${p.total} ${p.slug}`),
    );
    expect(report).toMatchObject({ indexed: ["second"], unchanged: ["first", "third"], removed: [] });
    expect(progress).toEqual(["1/3 first", "2/3 second", "3/3 third"]);
    expect(await found("summer")).toEqual(["second"]);
    expect(await found("winter")).toEqual([]);

    expect(await found("walrus")).toEqual(["first", "third"]);
    const removed = await indexEpisodes(client, { upsert: [], remove: ["third", "never-indexed"] });
    expect(removed).toMatchObject({ indexed: [], removed: ["third"] });
    expect(await found("walrus")).toEqual(["first"]);
    expect([...(await listIndexedEpisodes(client)).keys()].sort()).toEqual(["first", "second"]);
    // `returned` was only in the removed episode: the word table forgot it (no typo target either).
    const words = await client.query<{ word: string }>(
      "SELECT word FROM search_words WHERE word = ANY($1::text[])",
      [["returned", "walrus", "winter", "summer"]],
    );
    expect(words.map((w) => w.word).sort()).toEqual(["summer", "walrus"]);
  });

  it("an edit recounts only the words it gained or lost; every count stays the episodes saying it", async () => {
    const b = textEpisode("b", ["the walrus slept"]);
    await indexEpisodes(client, { upsert: [textEpisode("a", ["the walrus sang in winter"]), b], remove: [] });
    const counts = async () =>
      new Map(
        (
          await client.query<{ word: string; episodes: number; version: string }>(
            "SELECT word, episodes, xmin::text AS version FROM search_word_counts",
          )
        ).map((r) => [r.word, r]),
      );
    const before = await counts();
    // `winter` → `summer`: one word lost, one gained; `the`, `walrus`, `sang` kept.
    await indexEpisodes(client, { upsert: [textEpisode("a", ["the walrus sang in summer"]), b], remove: [] });
    const after = await counts();
    // A kept word's row is the same row version: not counted off and on again.
    for (const kept of ["the", "walrus", "sang"]) expect(after.get(kept), kept).toEqual(before.get(kept));
    expect(after.get("walrus")?.episodes).toBe(2);
    expect(after.get("summer")?.episodes).toBe(1);
    expect(after.has("winter")).toBe(false);
    const truth = await client.query<{ word: string; episodes: number }>(
      "SELECT w AS word, count(*)::int AS episodes FROM search_episodes, unnest(words) AS w GROUP BY w",
    );
    const byWord = (x: { word: string }, y: { word: string }) => (x.word < y.word ? -1 : 1);
    expect([...after.values()].map(({ word, episodes }) => ({ word, episodes })).sort(byWord)).toEqual(
      truth.sort(byWord),
    );
    expect(await found("winter")).toEqual([]);
    expect(await found("summer")).toEqual(["a"]);
  });

  it("an edit writes again only the documents that differ at their position, in any column; the rest keep their rows", async () => {
    const said = (speakerId: string, text: string, start: number) => ({
      speakerId,
      sentences: [{ text, start, end: start + 5 }],
    });
    const version = (turns: ReturnType<typeof said>[]) =>
      withPlaceIds(makeEpisode(turns, [GRACE, ALAN], { slug: "edited", title: "Episode edited" }));
    const before = version([
      said("grace", "the walrus sang", 0),
      said("alan", "the seals swim in autumn", 60),
      said("grace", "lighthouses at night", 120),
      said("alan", "a moment at two minutes", 180),
    ]);
    // One sentence's words, one's speaker and one's time change; one is added at the end.
    const after = version([
      said("grace", "the walrus sang", 0),
      said("alan", "the seals swim in spring", 60),
      said("alan", "lighthouses at night", 120),
      said("alan", "a moment at two minutes", 200),
      said("grace", "a sentence added at the end", 300),
    ]);
    await indexEpisodes(client, { upsert: [before, second], remove: [] });
    /** Each document of `edited` by its text: its row's version (a row written again is a new one), speaker and start. */
    const rows = async () =>
      new Map(
        (
          await client.query<{ text: string; row: string; speaker: string | null; start: number }>(
            `SELECT d.text, d.xmin::text || d.ctid::text AS row, d.speaker, d.start_s AS start
             FROM search_documents d JOIN search_episodes e ON e.id = d.episode_id WHERE e.slug = 'edited'`,
          )
        ).map(({ text, ...rest }) => [text, rest]),
      );
    const old = await rows();
    const report = await indexEpisodes(client, { upsert: [after, second], remove: [] });
    expect(report).toMatchObject({ indexed: ["edited"], unchanged: ["second"] });
    const now = await rows();
    for (const kept of ["Episode edited", "the walrus sang"])
      expect(now.get(kept), kept).toEqual(old.get(kept));
    expect(now.get("lighthouses at night")).toMatchObject({ speaker: "Alan Turing" });
    expect(now.get("lighthouses at night")?.row).not.toBe(old.get("lighthouses at night")?.row);
    expect(now.get("a moment at two minutes")).toMatchObject({ start: 200 });
    expect(now.has("the seals swim in autumn")).toBe(false);
    expect([...now.keys()]).toEqual(
      expect.arrayContaining(["the seals swim in spring", "a sentence added at the end"]),
    );
    // The index answers as for the new version alone: words, speaker lexeme and time.
    expect(await found("autumn")).toEqual([]);
    expect(await found("spring")).toEqual(["edited"]);
    const byAlan = await createLibrarySearch(client).search(query("lighthouses", { speaker: ALAN.name }));
    expect(byAlan.episodes.map((e) => e.slug)).toEqual(["edited"]);
    expect(
      (await createLibrarySearch(client).search(query("lighthouses", { speaker: GRACE.name }))).total,
    ).toBe(0);
    const moment = await createLibrarySearch(client).search(query("moment"));
    expect(moment.episodes[0]?.hits[0]?.start).toBe(200);
    // Edited back, it is indexed as it first was.
    await indexEpisodes(client, { upsert: [before, second], remove: [] });
    const back = await rows();
    expect([...back.keys()].sort()).toEqual([...old.keys()].sort());
    for (const [text, row] of back) expect({ ...row, row: "" }, text).toEqual({ ...old.get(text), row: "" });
  });

  /** GIN pages still waiting in a pending list (gin_clean_pending_list moves them and says how many). */
  const pendingPages = async () => {
    const [row] = await client.query<{ documents: number; words: number }>(
      `SELECT (SELECT sum(gin_clean_pending_list(name::regclass))::int FROM unnest($1::text[]) AS name) AS documents,
              gin_clean_pending_list('search_words_trgm'::regclass)::int AS words`,
      [documentIndexNames(client.shards)],
    );
    return row;
  };
  /**
   * Publishes this connection's pending row counts: a backend publishes them at most once a
   * second, so what the statistics say otherwise depends on the clock.
   */
  const publishCounts = () => client.exec("SELECT pg_stat_force_next_flush()");
  /**
   * The vacuumed tables the statistics say have dead rows, once every count is published
   * (search_meta's tally row, deleted after the vacuum, is one, and autovacuum's on a server).
   */
  const deadRows = async () => {
    await publishCounts();
    return client.query<{ relname: string; dead: number }>(
      "SELECT relname, n_dead_tup::int AS dead FROM pg_stat_user_tables WHERE relname = ANY($1::text[]) AND n_dead_tup > 0",
      [SEARCH_TABLES],
    );
  };

  /** The identities of the documents' GIN indexes (one per shard): new ones when dropped and built again. */
  const ginIndex = async () =>
    (
      await client.query<{ oid: number }>(
        "SELECT name::regclass::oid::int AS oid FROM unnest($1::text[]) AS name",
        [documentIndexNames(client.shards)],
      )
    ).map((row) => row.oid);

  it("a bulk load (20,000+ documents) leaves whole GIN indexes; later loads leave no pending list or dead rows", async () => {
    const many = Array.from({ length: 20_500 }, (_, i) => `walrus numbers w${i}`);
    const created = await ginIndex();
    const report = await indexEpisodes(client, { upsert: [textEpisode("big", many)], remove: [] });
    expect(report.documents).toBe(20_501);
    // Into the empty index, the bulk load built the index afresh after loading.
    const rebuilt = await ginIndex();
    expect(rebuilt).toHaveLength(client.shards);
    for (const oid of rebuilt) expect(created).not.toContain(oid);
    const indexes = await client.query<{ indexdef: string }>(
      "SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1::text[]) ORDER BY indexname",
      [[...documentIndexNames(client.shards), "search_words_trgm"]],
    );
    expect(indexes.map((i) => i.indexdef.replace(/^.* USING /, ""))).toEqual([
      ...documentIndexNames(client.shards).map((_, k) => `gin (tsv_simple) WHERE (shard = ${k})`),
      "gin (word gin_trgm_ops)",
    ]);
    expect(await found("w20499")).toEqual(["big"]);
    expect(await pendingPages()).toEqual({ documents: 0, words: 0 });
    // The library's words are the words it counted, each with its stem (taken from the counts).
    const words = await client.query<{ word: string; stem: string | null }>(
      `SELECT w.word, w.stem FROM search_words w FULL JOIN search_word_counts c ON c.word = w.word
       WHERE w.word IS NULL OR c.word IS NULL OR w.word IN ('walrus', 'numbers', 'w20499') ORDER BY 1`,
    );
    expect(words).toEqual([
      { word: "numbers", stem: "number" },
      { word: "w20499", stem: "w20499" },
      { word: "walrus", stem: "walrus" },
    ]);
    // The documents' keys, dropped for the load, are back; the episode key checked every document.
    const keys = await client.query<{ name: string; valid: boolean; definition: string }>(
      `SELECT conname AS name, convalidated AS valid, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE conrelid = 'search_documents'::regclass AND contype IN ('p', 'f')
       ORDER BY conname`,
    );
    expect(keys).toEqual([
      {
        name: "search_documents_episode",
        valid: true,
        definition: "FOREIGN KEY (episode_id) REFERENCES search_episodes(id) ON DELETE CASCADE",
      },
      { name: "search_documents_pkey", valid: true, definition: 'PRIMARY KEY (episode_id, "position")' },
    ]);

    // A small change goes straight into the indexes, and the rows it replaced are vacuumed away.
    // Just published, the load's own counts are held back a second: the vacuum comes first.
    await publishCounts();
    await indexEpisodes(client, { upsert: [textEpisode("big", ["the walrus left"]), first], remove: [] });
    expect(await pendingPages()).toEqual({ documents: 0, words: 0 });
    expect(await deadRows()).toEqual([]);
    expect(await found("w20499")).toEqual([]);
    expect(await found("walrus")).toEqual(["big", "first"]);
    // Removed, an episode takes its documents with it (the key's ON DELETE CASCADE).
    await indexEpisodes(client, { upsert: [], remove: ["big"] });
    const left = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM search_documents");
    expect(left).toEqual([{ n: 4 }]);
  });

  it("a large load into an index that has episodes keeps its indexes (a live site's searches never wait)", async () => {
    await indexEpisodes(client, { upsert: [first], remove: [] });
    const live = await ginIndex();
    const many = Array.from({ length: 20_500 }, (_, i) => `penguin number p${i}`);
    await indexEpisodes(client, { upsert: [textEpisode("big", many)], remove: [] });
    expect(await ginIndex()).toEqual(live);
    expect(await found("p20499")).toEqual(["big"]);
    expect(await pendingPages()).toEqual({ documents: 0, words: 0 });
  });
});
