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

  it("BAD: a folder that is not a database rejects with SearchUnavailableError saying what to do", async () => {
    writeFileSync(path.join(dir, "PG_VERSION"), "not a database\n");
    const error = await createPgliteClient(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain("npx episodes index");
  });
});
