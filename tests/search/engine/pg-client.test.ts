import { spawnSync } from "node:child_process";
import pg from "pg";
import { describe, expect, inject, it, vi } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { SearchUnavailableError } from "@/lib/search/engine/library-query";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import { createPgClient } from "@/lib/search/engine/pg-client";
import { searchStatementName } from "@/lib/search/engine/search-statement";
import { ensureSearchSchema, shardList } from "@/lib/search/engine/search-schema";
import type { SqlRunner } from "@/lib/search/engine/sql-client";
import { ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";

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

describe("a PostgreSQL server's connections", () => {
  /** The backend process ids of two connections of `client`, held at once. */
  const backends = async (client: ReturnType<typeof createPgClient>) => {
    const ask = () => client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid, pg_sleep(0.05)");
    const rows = await Promise.all([ask(), ask()]);
    return rows.map(([row]) => row?.pid).sort();
  };

  it("stay open while the site is quiet, so a search after a pause runs on warm backends", async () => {
    // Only the pool's timers are faked: its idle timeout is one, the sockets stay real.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const client = createPgClient(inject("postgresUrl"));
    try {
      const before = await backends(client);
      expect(new Set(before).size).toBe(2);
      vi.advanceTimersByTime(60 * 60_000); // an hour without a search
      expect(await backends(client)).toEqual(before);
      const [alive] = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY($1::int[])",
        [before],
      );
      expect(alive?.n).toBe(2);
    } finally {
      vi.useRealTimers();
      await client.close();
    }
  });

  it("are a set per shard and one for the rest, none shared, so each backend maps only its own shard's pages", async () => {
    const client = createPgClient(inject("postgresUrl"));
    try {
      const pids = async (runner: SqlRunner) => {
        const ask = () => runner.query<{ pid: number }>("SELECT pg_backend_pid() AS pid, pg_sleep(0.05)");
        return (await Promise.all([ask(), ask(), ask()])).map(([row]) => row?.pid);
      };
      const sets = [
        await pids(client),
        ...(await Promise.all(shardList(client.shards).map((k) => pids(client.forShard(k))))),
      ];
      // Three at once on each: two connections, the third waits for one of them.
      for (const set of sets) expect(new Set(set).size).toBe(2);
      expect(new Set(sets.flat()).size).toBe(2 * sets.length);
      // The same shard, asked again, is served by the same backends.
      expect(new Set([...sets[1]!, ...(await pids(client.forShard(0)))]).size).toBe(2);
      expect(() => client.forShard(client.shards)).toThrow(RangeError);
    } finally {
      await client.close();
    }
  });

  it("do not keep a process that is done from exiting", async () => {
    const script = `
      import { createPgClient } from "./lib/search/engine/pg-client.ts";
      const client = createPgClient(process.argv[1]);
      await client.query("SELECT 1");
      console.log("queried");`;
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script, inject("postgresUrl")],
      {
        encoding: "utf8",
        timeout: 20_000,
      },
    );
    expect(run.stdout).toContain("queried");
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });
});

describe("the search's statement on a PostgreSQL server", () => {
  const server = ENGINES.find((engine) => engine.name === "PostgreSQL");

  it("is prepared once per connection, planned once for any values there, and reads no pages ahead", async () => {
    if (!server) throw new Error("no PostgreSQL engine");
    const episodes = ["one", "two", "three"].map((slug) =>
      textEpisode(slug, [
        `the ${slug} customers asked`,
        "attention is all you need",
        `nothing about ${slug}`,
      ]),
    );
    const { client, search } = await openLibrary(server, episodes);
    try {
      // More than the five runs after which PostgreSQL would weigh a plan for any values itself.
      for (let i = 0; i < 8; i++) expect((await search.search(query("customers"))).total).toBe(3);
      // Every connection at once (each held for a moment, two per pool), and what it has prepared.
      const look = (runner: SqlRunner) => () =>
        runner.query<{ mode: string; ahead: string; prepared: { custom: number; generic: number }[] | null }>(
          `SELECT current_setting('plan_cache_mode') AS mode, current_setting('effective_io_concurrency') AS ahead,
             pg_sleep(0.1),
             (SELECT json_agg(json_build_object('custom', custom_plans, 'generic', generic_plans))
              FROM pg_prepared_statements WHERE name LIKE 'episode_explorer_search%') AS prepared`,
        );
      const both = (runner: SqlRunner) => Promise.all([look(runner)(), look(runner)()]);
      const shardRows = (
        await Promise.all(shardList(client.shards).map((k) => both(client.forShard(k))))
      ).flat(2);
      const mainRows = (await both(client)).flat();
      const rows = [...shardRows, ...mainRows];
      // The shards' connections plan the search statements once; the others plan what they run anew.
      expect(shardRows.map((row) => row.mode)).toEqual(shardRows.map(() => "force_generic_plan"));
      expect(mainRows.map((row) => row.mode)).toEqual(mainRows.map(() => "force_custom_plan"));
      expect(rows.map((row) => row.ahead)).toEqual(rows.map(() => "0"));
      // The search's statement runs on the shards' connections only.
      expect(mainRows.flatMap((row) => row.prepared ?? [])).toEqual([]);
      const prepared = shardRows.flatMap((row) => row.prepared ?? []);
      expect(prepared.length).toBeGreaterThan(0);
      // Eight searches of each shard, every one by the plan made for the first.
      expect(prepared.reduce((sum, p) => sum + p.generic, 0)).toBe(8 * client.shards);
      expect(prepared.every((p) => p.custom === 0)).toBe(true);
    } finally {
      await client.close();
    }
  });

  it("is never compiled to machine code, however costly a large archive's plan looks", async () => {
    // A database whose every plan passes PostgreSQL's thresholds for compiling (jit), as a common
    // word's would in an archive far larger than this test's.
    const adminUrl = inject("postgresUrl");
    const name = `search_jit_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    for (const setting of ["jit_above_cost", "jit_inline_above_cost", "jit_optimize_above_cost"])
      await admin.query(`ALTER DATABASE ${name} SET ${setting} = 0`);
    const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
    const client = createPgClient(url);
    const plain = new pg.Client({ connectionString: url });
    try {
      await ensureSearchSchema(client);
      await indexEpisodes(client, { upsert: [textEpisode("one", ["the customers asked"])], remove: [] });
      const asked: { sql: string; params: readonly unknown[] }[] = [];
      const spy = (runner: SqlRunner): SqlRunner => ({
        ...runner,
        query: (sql, params = []) => {
          if (searchStatementName(sql)) asked.push({ sql, params });
          return runner.query(sql, params);
        },
      });
      const search = createLibrarySearch({ ...client, forShard: (k) => spy(client.forShard(k)) });
      expect((await search.search(query("customers"))).total).toBe(1);
      const [first = { sql: "", params: [] }] = asked;
      const explain = `EXPLAIN (ANALYZE, FORMAT JSON) ${first.sql}`;
      const compiled = (rows: { "QUERY PLAN": { JIT?: unknown }[] }[]) =>
        rows[0]?.["QUERY PLAN"][0]?.JIT !== undefined;
      // The search's own connection compiles nothing; any other would, where the server can.
      expect(compiled(await client.forShard(0).query(explain, first.params))).toBe(false);
      await plain.connect();
      const [{ available } = { available: false }] = (
        await plain.query<{ available: boolean }>("SELECT pg_jit_available() AS available")
      ).rows;
      expect(compiled((await plain.query(explain, [...first.params])).rows)).toBe(available);
    } finally {
      await plain.end().catch(() => {});
      await client.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  });
});
