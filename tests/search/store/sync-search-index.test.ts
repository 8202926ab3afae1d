import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { lockGeneration, readCurrentGeneration, searchDbRoot } from "@/lib/content/search-db-files";
import { SearchUnavailableError } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { SEARCH_SCHEMA_VERSION } from "@/lib/search/engine/search-schema";
import { openSearchEngine } from "@/lib/search/store/open-search-engine";
import { syncSearchIndex } from "@/lib/search/store/sync-search-index";
import { captions, cli, syntheticLibrary, writeSource } from "../../cli/helpers/synthetic-library";

const SLUGS = ["alpha-talk", "beta-talk", "gamma-talk"];

/** A library whose model is built (without the index, which the tests bring up to date themselves). */
async function builtLibrary() {
  const lib = syntheticLibrary(SLUGS);
  await rebuild(lib);
  return lib;
}
async function rebuild(lib: { sources: string; out: string }) {
  const result = await cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", "--quiet"]);
  expect(result.code).toBe(0);
}

/** Slugs of the episodes the index at `target` finds for `text`. */
async function find(target: { dir?: string; url?: string }, text: string): Promise<string[]> {
  const search = await openSearchEngine(target);
  try {
    const result = await search.search({ text, sort: "relevance", page: 1 });
    return result.episodes.map((e) => e.slug).sort();
  } finally {
    await search.close();
  }
}
const current = (out: string) => readCurrentGeneration(searchDbRoot(out)) as string;

afterEach(() => vi.unstubAllEnvs());

describe("syncSearchIndex, embedded", () => {
  it("indexes a new library, then finds it current without opening the database", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = await builtLibrary();
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 3, unchanged: 0, removed: 0 });
    expect(await find({ dir: current(lib.out) }, "beta")).toEqual(["beta-talk"]);
    // A database that cannot be opened proves the second run never opened it.
    const version = path.join(current(lib.out), "PG_VERSION");
    const kept = readFileSync(version, "utf8");
    writeFileSync(version, "not a version\n");
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 0, unchanged: 3, removed: 0 });
    writeFileSync(version, kept);
  });

  it("indexes only the episode that changed, and drops a removed one", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = await builtLibrary();
    await syncSearchIndex(lib.out);
    writeSource(lib.sources, "beta-talk", "captions.vtt", captions("beta zanzibar", 6));
    rmSync(path.join(lib.sources, "gamma-talk"), { recursive: true });
    await rebuild(lib);
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 1, unchanged: 1, removed: 1 });
    expect(await find({ dir: current(lib.out) }, "zanzibar")).toEqual(["beta-talk"]);
    expect(await find({ dir: current(lib.out) }, "gamma")).toEqual([]);
  });

  it("writes a copy when a server has the database open, and switches to it", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = await builtLibrary();
    await syncSearchIndex(lib.out);
    const open = current(lib.out);
    const unlock = lockGeneration(searchDbRoot(lib.out), open);
    try {
      writeSource(lib.sources, "alpha-talk", "captions.vtt", captions("alpha quokka", 4));
      await rebuild(lib);
      expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 1 });
      expect(current(lib.out)).not.toBe(open);
      expect(await find({ dir: current(lib.out) }, "quokka")).toEqual(["alpha-talk"]);
      expect(await find({ dir: open }, "quokka")).toEqual([]); // the server's copy is untouched
    } finally {
      unlock();
    }
  });

  it("indexes everything again after an upgrade changed the search tables, and the site says so until then", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = await builtLibrary();
    await syncSearchIndex(lib.out);
    // As an older version left them: its tables (version 2) and its record (no schema version).
    const client = await createPgliteClient(current(lib.out));
    await client.query("UPDATE search_meta SET value = '2' WHERE key = 'schema_version'");
    await client.close();
    const record = path.join(searchDbRoot(lib.out), "indexed.json");
    const { schema, ...older } = JSON.parse(readFileSync(record, "utf8")) as Record<string, unknown>;
    expect(schema).toBe(SEARCH_SCHEMA_VERSION);
    writeFileSync(record, JSON.stringify(older));
    const opened: unknown = await openSearchEngine({ dir: current(lib.out) }).catch((e: unknown) => e);
    expect(opened).toBeInstanceOf(SearchUnavailableError);
    expect((opened as Error).message).toMatch(
      /another version of Episode Explorer.*Run `npx episodes index`/,
    );
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 3, unchanged: 0 });
    expect(await find({ dir: current(lib.out) }, "gamma")).toEqual(["gamma-talk"]);
  });

  it("--force indexes everything into a fresh database", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = await builtLibrary();
    await syncSearchIndex(lib.out);
    const before = current(lib.out);
    expect(await syncSearchIndex(lib.out, { force: true })).toMatchObject({ indexed: 3 });
    expect(current(lib.out)).not.toBe(before);
  });
});

describe("syncSearchIndex, PostgreSQL server (DATABASE_URL)", () => {
  async function freshDatabase(): Promise<string> {
    const admin = new pg.Client({ connectionString: inject("postgresUrl") });
    const name = `sync_test_${randomBytes(6).toString("hex")}`;
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(inject("postgresUrl"));
    url.pathname = `/${name}`;
    return url.toString();
  }

  it("indexes into the server, asks it again when nothing changed, and searches it", async () => {
    const url = await freshDatabase();
    vi.stubEnv("DATABASE_URL", url);
    const lib = await builtLibrary();
    expect(await syncSearchIndex(lib.out)).toMatchObject({
      indexed: 3,
      target: expect.stringMatching(/^PostgreSQL at /),
    });
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 0, unchanged: 3 });
    expect(await find({ url }, "gamma")).toEqual(["gamma-talk"]);
    expect(readCurrentGeneration(searchDbRoot(lib.out))).toBeUndefined(); // nothing embedded
  });

  it("an unreachable server is a SearchUnavailableError naming it without its password", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://reader:s3cret@127.0.0.1:1/episodes");
    const lib = await builtLibrary();
    const error: unknown = await syncSearchIndex(lib.out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain("cannot reach PostgreSQL at 127.0.0.1:1/episodes");
    expect(message).toContain("unset it to use the embedded database");
    expect(message).not.toContain("s3cret");
  });
});
