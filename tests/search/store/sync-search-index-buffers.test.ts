import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPgliteClient, writerBuffersMb } from "@/lib/search/engine/pglite-client";
import { syncSearchIndex } from "@/lib/search/store/sync-search-index";
import { captions, cli, syntheticLibrary, writeSource } from "../../cli/helpers/synthetic-library";

/** What the index asked of the embedded database: episodes to write, then the buffers it opened with. */
const asked = vi.hoisted(() => ({ episodes: [] as number[], buffersMb: [] as (number | undefined)[] }));

vi.mock("@/lib/search/engine/pglite-client", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/search/engine/pglite-client")>();
  return {
    ...real,
    writerBuffersMb: (episodes: number) => {
      asked.episodes.push(episodes);
      return real.writerBuffersMb(episodes);
    },
    createPgliteClient: (dir: string | undefined, options?: { buffersMb?: number }) => {
      asked.buffersMb.push(options?.buffersMb);
      return real.createPgliteClient(dir, options);
    },
  };
});

afterEach(() => {
  vi.unstubAllEnvs();
  asked.episodes.length = 0;
  asked.buffersMb.length = 0;
});

async function rebuild(lib: { sources: string; out: string }) {
  const result = await cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", "--quiet"]);
  expect(result.code).toBe(0);
}

describe("the embedded database's cache, sized to what an index writes", () => {
  it("a search's cache by default, and the size asked for when given", async () => {
    const shown = async (options?: { buffersMb?: number }) => {
      const client = await createPgliteClient(undefined, options);
      const [row] = await client.query<{ shared_buffers: string }>("SHOW shared_buffers");
      await client.close();
      return row?.shared_buffers;
    };
    expect(await shown()).toBe("80MB");
    expect(await shown({ buffersMb: 16 })).toBe("16MB");
  });

  it("a small cache for a few episodes (cheaper to open), a search's cache from 100 on", () => {
    expect([1, 2, 99].map(writerBuffersMb)).toEqual([16, 16, 16]);
    expect([100, 1000].map(writerBuffersMb)).toEqual([80, 80]);
  });

  it("counts what the record says changed: new, edited and removed episodes", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = syntheticLibrary(["alpha-talk", "beta-talk", "gamma-talk"]);
    await rebuild(lib);
    await syncSearchIndex(lib.out);
    expect(asked.episodes).toEqual([3]);

    writeSource(lib.sources, "beta-talk", "captions.vtt", captions("beta zanzibar", 6));
    rmSync(path.join(lib.sources, "gamma-talk"), { recursive: true });
    await rebuild(lib);
    expect(await syncSearchIndex(lib.out)).toMatchObject({ indexed: 1, removed: 1 });
    expect(asked.episodes).toEqual([3, 2]);

    await syncSearchIndex(lib.out, { force: true });
    expect(asked.episodes).toEqual([3, 2, 2]);
    // Every database the index opened (the template's too) had the size the count called for.
    expect(new Set(asked.buffersMb)).toEqual(new Set([16]));
  });

  it("a library of 100 episodes is indexed cold with a search's cache", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const lib = syntheticLibrary(Array.from({ length: 100 }, (_, i) => `talk-${i}`));
    await rebuild(lib);
    await syncSearchIndex(lib.out);
    expect(asked.episodes).toEqual([100]);
    expect(new Set(asked.buffersMb)).toEqual(new Set([80]));
  });
});
