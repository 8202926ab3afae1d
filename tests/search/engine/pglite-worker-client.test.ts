import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrarySearch, isRejectedQuery } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import { SearchStoppedError, SearchUnavailableError } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { createPgliteWorkerClient } from "@/lib/search/engine/pglite-worker-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { ALAN, GRACE, query, textEpisode } from "./engine-helpers";

const ENTRY = path.resolve(__dirname, "../../../bin/search-worker.mjs");
/** A statement that keeps PostgreSQL busy for a good while (~0.2 s here) on one thread. */
const LONG_STATEMENT = "SELECT count(*)::int AS n FROM generate_series(1, 1000000) AS s(i) WHERE i % 7 = 0";

/** Which comes first: the statement's answer, or a 1 ms timer set as it is sent. */
async function firstToFinish(client: SqlClient): Promise<string[]> {
  const order: string[] = [];
  const statement = client.query(LONG_STATEMENT).then(() => order.push("statement"));
  await new Promise((resolve) => setTimeout(resolve, 1)).then(() => order.push("timer"));
  await statement;
  return order;
}

describe("the embedded database in a thread of its own", () => {
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "engine-pglite-worker-"));
    const writer = await createPgliteClient(dir);
    await ensureSearchSchema(writer);
    const episodes = [
      textEpisode("lamps", ["the lamp keeper lit the lamp", "a keeper of lighthouses"], {
        speakers: [GRACE],
      }),
      textEpisode("ships", ["ships pass the lamp at night"], { speakers: [ALAN] }),
    ];
    await indexEpisodes(writer, { upsert: episodes, remove: [] });
    await writer.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("GOOD: answers every search as the database opened in this thread does", async () => {
    const texts = ["lamp", "keeper", "lamp keeper", "kepeer", '"the lamp"', "lamp -ships", "zebra"];
    const here = await createPgliteClient(dir);
    const expected = await Promise.all(texts.map((text) => createLibrarySearch(here).search(query(text))));
    await here.close();
    const client = await createPgliteWorkerClient(dir, ENTRY);
    const search = createLibrarySearch(client);
    const answers = await Promise.all(texts.map((text) => search.search(query(text))));
    expect(answers).toEqual(expected);
    expect(answers[0]?.total).toBe(3);
    expect((await search.facets()).speakers.map((s) => s.name)).toEqual(["Alan Turing", "Grace Hopper"]);
    await client.close();
  });

  it("GOOD: this thread goes on while a statement runs there (in this thread, it waited)", async () => {
    const client = await createPgliteWorkerClient(dir, ENTRY);
    expect(await firstToFinish(client)).toEqual(["timer", "statement"]);
    await client.close();
    const here = await createPgliteClient(dir);
    expect(await firstToFinish(here)).toEqual(["statement", "timer"]);
    await here.close();
  });

  it("BAD: a statement the engine rejects keeps its code across threads, so a search reads it as no hits", async () => {
    const client = await createPgliteWorkerClient(dir, ENTRY);
    const error = await client
      .query("SELECT to_tsquery('simple', $1)", ["lamp & & |"])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isRejectedQuery(error)).toBe(true);
    // The thread still answers after it.
    expect(await client.query<{ n: number }>("SELECT 2 AS n")).toEqual([{ n: 2 }]);
    await client.close();
  });

  it("BAD: a folder that cannot be opened says what to do; a closed client says it is closed", async () => {
    const notAFolder = path.join(dir, "..", `not-a-folder-${process.pid}`);
    writeFileSync(notAFolder, "not a database");
    try {
      const opening = createPgliteWorkerClient(notAFolder, ENTRY);
      await expect(opening).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(opening).rejects.toThrow(/cannot be opened.*npx episodes index/s);
    } finally {
      rmSync(notAFolder, { force: true });
    }
    const client = await createPgliteWorkerClient(dir, ENTRY);
    await client.close();
    await expect(client.query("SELECT 1")).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(client.transaction(async () => 1)).rejects.toThrow(/no transactions/);
  });
});

describe("a search thread that stops on its own", () => {
  const DYING = path.resolve(__dirname, "../../fixtures/search-worker/dying-search-worker.mjs");

  it("BAD: rejects the call it was on, and every later one, as stopped, and says so once", async () => {
    const stops: Error[] = [];
    const client = await createPgliteWorkerClient(undefined, DYING, { onStop: (error) => stops.push(error) });
    const failed = await client.query("SELECT 1").catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(SearchStoppedError);
    expect(failed).toBeInstanceOf(SearchUnavailableError);
    expect((failed as Error).message).toMatch(/stopped \(.*failed beyond repair.*\)\. Search again/);
    await expect(client.query("SELECT 2")).rejects.toBe(failed);
    expect(stops).toEqual([failed]);
    await client.close();
    expect(stops).toHaveLength(1);
  });

  it("BAD: a thread that exits says its code", async () => {
    const stops: Error[] = [];
    const client = await createPgliteWorkerClient(undefined, DYING, { onStop: (error) => stops.push(error) });
    await expect(client.exec("SELECT 1")).rejects.toThrow(/exited with code 3/);
    expect(stops).toHaveLength(1);
    expect(stops[0]).toBeInstanceOf(SearchStoppedError);
  });

  it("GOOD: a thread closed, or one that could not open, is no stop of its own", async () => {
    const stops: Error[] = [];
    const client = await createPgliteWorkerClient(undefined, DYING, { onStop: (error) => stops.push(error) });
    await client.close();
    const after = await client.query("SELECT 1").catch((e: unknown) => e);
    expect(after).toBeInstanceOf(SearchUnavailableError);
    expect(after).not.toBeInstanceOf(SearchStoppedError);
    const notAFolder = path.join(tmpdir(), `not-a-folder-stop-${process.pid}`);
    writeFileSync(notAFolder, "not a database");
    try {
      await expect(
        createPgliteWorkerClient(notAFolder, ENTRY, { onStop: (error) => stops.push(error) }),
      ).rejects.not.toBeInstanceOf(SearchStoppedError);
    } finally {
      rmSync(notAFolder, { force: true });
    }
    expect(stops).toEqual([]);
  });
});
