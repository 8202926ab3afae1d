import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { Episode, Speaker } from "@/lib/model/episode-schema";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import type { LibraryQuery, LibrarySearch } from "@/lib/search/engine/library-query";
import { createPgClient } from "@/lib/search/engine/pg-client";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { searchStatementName } from "@/lib/search/engine/search-statement";
import type { SqlClient, SqlRunner } from "@/lib/search/engine/sql-client";
import { makeEpisode } from "../../export/episode-fixture";

/** A fresh, empty database of the server the global setup gives, dropped when closed. */
async function serverDatabase(): Promise<SqlClient> {
  const adminUrl = inject("postgresUrl");
  const name = `search_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = createPgClient(url.toString());
  return {
    ...client,
    close: async () => {
      await client.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name}`);
      await drop.end();
    },
  };
}

/** The two engines every test runs on: embedded PGlite (in memory) and a PostgreSQL server. */
export const ENGINES: { name: string; open: () => Promise<SqlClient> }[] = [
  { name: "PGlite", open: () => createPgliteClient(undefined) },
  { name: "PostgreSQL", open: serverDatabase },
];

/** A database of `engine` with the search schema and these episodes indexed. */
export async function openLibrary(
  engine: (typeof ENGINES)[number],
  episodes: Episode[],
): Promise<{ client: SqlClient; search: LibrarySearch }> {
  const client = await engine.open();
  await ensureSearchSchema(client);
  await indexEpisodes(client, { upsert: episodes, remove: [] });
  return { client, search: createLibrarySearch(client) };
}

/**
 * The setup of a search suite: a library of `episodes` on `engine`, opened before its tests and
 * closed after them. The search returned stands for the one opened.
 */
export function useLibrary(engine: (typeof ENGINES)[number], episodes: Episode[]): LibrarySearch {
  let opened: { client: SqlClient; search: LibrarySearch } | undefined;
  beforeAll(async () => {
    opened = await openLibrary(engine, episodes);
  });
  afterAll(() => opened?.client.close());
  const current = () => {
    if (!opened) throw new Error("the library is opened in beforeAll");
    return opened.search;
  };
  return {
    search: (q) => current().search(q),
    facets: () => current().facets(),
    close: () => current().close(),
  };
}

/** `client` telling `seen` of each search statement (searchStatementName) a shard runs, before it runs. */
export function spyOnSearchStatements(
  client: SqlClient,
  seen: (shard: number, sql: string, params: readonly unknown[]) => void | Promise<void>,
): SqlClient {
  return {
    ...client,
    forShard: (shard) => {
      const runner = client.forShard(shard);
      return {
        ...runner,
        query: async <T>(sql: string, params: readonly unknown[] = []) => {
          if (searchStatementName(sql)) await seen(shard, sql, params);
          return runner.query<T>(sql, params);
        },
      };
    },
  };
}

/**
 * The plan of `sql` (EXPLAIN, or EXPLAIN ANALYZE), as on a library of many episodes: sequential
 * scans off, which a planner takes on a test's few rows where it would not on thousands.
 */
export const planOf = (client: SqlClient, sql: string, params: readonly unknown[], analyze = false) =>
  client.transaction(async (tx) => {
    await tx.exec("SET LOCAL enable_seqscan = off");
    const rows = await tx.query<{ "QUERY PLAN": string }>(
      `EXPLAIN ${analyze ? "ANALYZE " : ""}${sql}`,
      params,
    );
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });

/** `client` noting in `statements` the first four words of every statement it runs, shards' too. */
export function countStatements(client: SqlClient, statements: string[]): SqlClient {
  const counted = (runner: SqlRunner): SqlRunner => ({
    ...runner,
    query: <T>(sql: string, params?: readonly unknown[]) => {
      statements.push(sql.trim().split(/\s+/).slice(0, 4).join(" "));
      return runner.query<T>(sql, params);
    },
  });
  return { ...client, ...counted(client), forShard: (shard) => counted(client.forShard(shard)) };
}

export const GRACE: Speaker = { id: "grace", name: "Grace Hopper", label: "Grace Hopper", voices: [] };
export const ALAN: Speaker = { id: "alan", name: "Alan Turing", label: "Alan Turing", voices: [] };

/**
 * A small episode made in the test: one sentence per text, spoken in turn by `speakers`
 * (none: unattributed), a minute apart.
 */
export function textEpisode(
  slug: string,
  texts: string[],
  extra: Partial<Episode> & { speakers?: Speaker[] } = {},
): Episode {
  const speakers = extra.speakers ?? [];
  const turns = texts.map((text, i) => ({
    speakerId: speakers.length > 0 ? speakers[i % speakers.length]?.id : undefined,
    sentences: [{ text, start: i * 60, end: i * 60 + 5 }],
  }));
  return makeEpisode(turns, speakers, { title: `Episode ${slug}`, ...extra, slug });
}

/**
 * The episode with its sentences' ids made their places (`s-0`, `s-1`, …), as a rebuilt model
 * keeps a sentence's id: the fixture numbers sentences across all the episodes it makes, so two
 * versions of one episode would otherwise differ in every id.
 */
export function withPlaceIds(episode: Episode): Episode {
  let k = 0;
  for (const turn of episode.transcript.turns)
    for (const paragraph of turn.paragraphs)
      for (const sentence of paragraph.sentences) sentence.id = `s-${k++}`;
  return episode;
}

/** A query with the defaults of the results page (relevance, page 1). */
export const query = (text: string, more: Partial<LibraryQuery> = {}): LibraryQuery => ({
  text,
  sort: "relevance",
  page: 1,
  ...more,
});
