import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SearchUnavailableError } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";

describe("the embedded database on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "engine-pglite-test-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("BAD: a folder that is not a database rejects with SearchUnavailableError saying what to do", async () => {
    writeFileSync(path.join(dir, "PG_VERSION"), "not a database\n");
    const error = await createPgliteClient(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain("npx episodes index");
  });
});
