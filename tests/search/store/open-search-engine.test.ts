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
