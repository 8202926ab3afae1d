import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { openSearchEngine } from "@/lib/search/store/open-search-engine";
import { query, textEpisode } from "../engine/engine-helpers";

const warmUp = vi.hoisted(() => ({ calls: 0, fail: false }));
vi.mock("@/lib/search/engine/warm-up-search", async (original) => {
  const real = await original<typeof import("@/lib/search/engine/warm-up-search")>();
  return {
    warmUpSearch: async (...args: Parameters<typeof real.warmUpSearch>) => {
      warmUp.calls++;
      if (warmUp.fail) throw new Error("the warm-up failed");
      return real.warmUpSearch(...args);
    },
  };
});

const threads = vi.hoisted(() => ({ entries: [] as string[] }));
vi.mock("@/lib/search/engine/pglite-worker-client", async (original) => {
  const real = await original<typeof import("@/lib/search/engine/pglite-worker-client")>();
  return {
    ...real,
    createPgliteWorkerClient: (...args: Parameters<typeof real.createPgliteWorkerClient>) => {
      threads.entries.push(String(args[1]));
      return real.createPgliteWorkerClient(...args);
    },
  };
});

describe("openSearchEngine warms the search up", () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "episodes-open-search-"));
    const client = await createPgliteClient(dir);
    await ensureSearchSchema(client);
    await indexEpisodes(client, { upsert: [textEpisode("lamps", ["the lamp keeper"])], remove: [] });
    await client.close();
    Object.assign(warmUp, { calls: 0, fail: false });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("GOOD: once, before the search is handed out", async () => {
    const search = await openSearchEngine({ dir });
    expect(warmUp.calls).toBe(1);
    // The embedded database runs in the project's search thread, not in the server's own.
    expect(threads.entries.slice(-1)).toEqual([path.join(process.cwd(), "bin", "search-worker.mjs")]);
    expect((await search.search(query("keeper"))).total).toBe(1);
    await search.close();
  });

  it("BAD: a warm-up that fails still opens the search, which answers", async () => {
    warmUp.fail = true;
    const search = await openSearchEngine({ dir });
    expect(warmUp.calls).toBe(1);
    expect((await search.search(query("keeper"))).total).toBe(1);
    await search.close();
  });
});
