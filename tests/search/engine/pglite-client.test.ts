import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SearchUnavailableError } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { indexEpisodes, listIndexedEpisodes } from "@/lib/search/engine/index-episodes";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { textEpisode } from "./engine-helpers";

describe("the embedded database on disk", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "engine-pglite-test-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the index when closed and opened again", async () => {
    const first = await createPgliteClient(dir);
    await ensureSearchSchema(first);
    await indexEpisodes(first, { upsert: [textEpisode("kept", ["still here"])], remove: [] });
    await first.close();
    const again = await createPgliteClient(dir);
    expect(await ensureSearchSchema(again)).toBe(false);
    expect([...(await listIndexedEpisodes(again)).keys()]).toEqual(["kept"]);
    await again.close();
  });

  it("a cold index is not written twice: its documents are synced at commit, not logged row by row", async () => {
    const client = await createPgliteClient(dir);
    await ensureSearchSchema(client);
    const lsn = async () =>
      (await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"))[0]?.lsn ?? "";
    const walSince = async (from: string) => {
      const sql = "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::text AS n";
      return Number((await client.query<{ n: string }>(sql, [from]))[0]?.n);
    };
    const heapBytes = async () =>
      (await client.query<{ n: number }>("SELECT pg_relation_size('search_documents')::int AS n"))[0]?.n ?? 0;
    // Few distinct words, so the word tables stay small: rows are what the load writes.
    const [who, what] = [
      ["walrus", "seal", "otter", "heron"],
      ["harbour", "reef", "pier", "dune", "cove"],
    ];
    const texts = (word: string) =>
      Array.from(
        { length: 19_000 },
        (_, i) => `the ${word} and the ${who[i % 4]} swam past the ${what[i % 5]} wall`,
      );
    const cold = await lsn();
    await indexEpisodes(client, { upsert: [textEpisode("cold", texts("walrus"))], remove: [] });
    const heap = await heapBytes();
    // Logged row by row, the log would hold every row (and every index entry) again. Relations
    // under wal_skip_threshold (2 MB: the smaller tables, the indexes) are logged whole at commit.
    expect(heap).toBeGreaterThan(3_000_000);
    expect(await walSince(cold)).toBeLessThan(heap / 2);
    // Into a filled index, rows are logged as usual: the log grows with what was added.
    const warm = await lsn();
    await indexEpisodes(client, { upsert: [textEpisode("warm", texts("seal"))], remove: [] });
    expect(await walSince(warm)).toBeGreaterThan((await heapBytes()) - heap);
    await client.close();
  });

  it("BAD: a folder that is not a database rejects with SearchUnavailableError saying what to do", async () => {
    writeFileSync(path.join(dir, "PG_VERSION"), "not a database\n");
    const error = await createPgliteClient(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain("npx episodes index");
  });
});
