import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { ENGINES, textEpisode, withPlaceIds } from "./engine-helpers";

// 300 sentences and a title: with `small`, 311 documents; a tenth of them is 31.
const big = withPlaceIds(
  textEpisode(
    "big",
    Array.from({ length: 300 }, (_, i) => `walrus number w${i}`),
  ),
);
/** A version of an episode of 10 documents (a title and 9 sentences): each edit replaces the 9 sentences. */
const small = (version: number) =>
  withPlaceIds(
    textEpisode(
      "small",
      Array.from({ length: 9 }, (_, i) => `version ${version} sentence s${i}`),
    ),
  );

/** `big` with one of its 300 sentences changed. */
const bigEdited = withPlaceIds(
  textEpisode(
    "big",
    Array.from({ length: 300 }, (_, i) => (i === 7 ? "walrus number seven changed" : `walrus number w${i}`)),
  ),
);

/** The documents replaced or removed since the last vacuum, as counted (vacuum-replaced-rows.ts). */
async function tally(client: SqlClient): Promise<number> {
  const [row] = await client.query<{ n: string | null }>(
    "SELECT (SELECT value FROM search_meta WHERE key = 'replaced_documents') AS n",
  );
  return Number(row?.n ?? 0);
}

/** How many times the documents' table was vacuumed (since this database was opened). */
async function vacuums(client: SqlClient): Promise<number> {
  const [row] = await client.query<{ n: number }>(
    "SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'search_documents'",
  );
  return row?.n ?? 0;
}

/** The library of `big` and `small`, its live rows counted (as after a load or a vacuum). */
async function indexLibrary(client: SqlClient): Promise<void> {
  await ensureSearchSchema(client);
  await indexEpisodes(client, { upsert: [big, small(0)], remove: [] });
  await client.exec("VACUUM ANALYZE search_documents");
}

const edit = (client: SqlClient, version: number) =>
  indexEpisodes(client, { upsert: [small(version)], remove: [] });

describe.each(ENGINES)("vacuuming after edits on $name", (engine) => {
  let client: SqlClient | undefined;
  afterEach(() => client?.close());

  it("vacuums once the documents replaced since the last vacuum pass a tenth of the live ones", async () => {
    client = await engine.open();
    await indexLibrary(client);
    const before = await vacuums(client);
    // Three edits replace 27 documents (the title stays): not yet a tenth of 311.
    for (const version of [1, 2, 3]) {
      await edit(client, version);
      expect(await vacuums(client), `after edit ${version}`).toBe(before);
    }
    // The fourth makes it 36: vacuumed, and the count starts again.
    await edit(client, 4);
    expect(await vacuums(client)).toBe(before + 1);
    for (const version of [5, 6, 7]) await edit(client, version);
    expect(await vacuums(client)).toBe(before + 1);
  });

  it("counts only the documents an edit wrote again: one sentence of 300 changed is one", async () => {
    client = await engine.open();
    await indexLibrary(client);
    const before = await vacuums(client);
    await indexEpisodes(client, { upsert: [bigEdited], remove: [] });
    expect(await tally(client)).toBe(1);
    expect(await vacuums(client)).toBe(before);
  });

  it("counts a removed episode's documents too", async () => {
    client = await engine.open();
    await indexLibrary(client);
    const before = await vacuums(client);
    await edit(client, 1);
    expect(await vacuums(client)).toBe(before);
    // Removing `big` takes 301 documents away: far more than a tenth.
    await indexEpisodes(client, { upsert: [], remove: ["big"] });
    expect(await vacuums(client)).toBe(before + 1);
  });
});

describe("vacuuming after edits, PGlite on disk", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps counting across processes: PGlite forgets its statistics when closed, not the count", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "episodes-vacuum-"));
    dirs.push(dir);
    const first = await createPgliteClient(dir);
    await indexLibrary(first);
    const vacuumed = await vacuums(first);
    await edit(first, 1);
    expect(await vacuums(first)).toBe(vacuumed);
    await first.close();
    // A new process (the next `episodes index`) edits twice more: 27 replaced in all, no vacuum.
    const second = await createPgliteClient(dir);
    const before = await vacuums(second);
    await edit(second, 2);
    await edit(second, 3);
    expect(await vacuums(second)).toBe(before);
    await edit(second, 4);
    expect(await vacuums(second)).toBe(before + 1);
    await second.close();
  });
});
