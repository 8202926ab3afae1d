import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { episodeRows, type EpisodeRows } from "@/lib/search/engine/episode-documents";
import { readEpisodeRows, readModelEpisode, WORKER_FROM } from "@/lib/search/store/read-episode-rows";
import { cli, syntheticLibrary } from "../../cli/helpers/synthetic-library";

// Enough episodes for the reader thread (WORKER_FROM) with a few to spare.
const SLUGS = Array.from({ length: WORKER_FROM + 4 }, (_, i) => `talk-${String(i).padStart(2, "0")}`);

let out = "";
beforeAll(async () => {
  const lib = syntheticLibrary(SLUGS);
  const built = await cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", "--quiet"]);
  expect(built.code).toBe(0);
  out = lib.out;
}, 60_000);

async function collect(rows: AsyncIterable<EpisodeRows>): Promise<EpisodeRows[]> {
  const all: EpisodeRows[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

describe("readEpisodeRows", () => {
  it("yields in a reader thread the same rows as reading here, in the order asked", async () => {
    const order = [...SLUGS].reverse();
    const rows = await collect(readEpisodeRows(out, order));
    expect(rows.map((r) => r.slug)).toEqual(order);
    expect(rows).toEqual(order.map((slug) => episodeRows(readModelEpisode(out, slug))));
    // Each episode's own words: the rows are not one episode's repeated.
    expect(new Set(rows.map((r) => r.hash)).size).toBe(order.length);
  });

  it("reads a few episodes without a thread, with the same rows", async () => {
    const few = SLUGS.slice(0, 3);
    expect(await collect(readEpisodeRows(out, few))).toEqual(
      few.map((slug) => episodeRows(readModelEpisode(out, slug))),
    );
  });

  it("a broken model is an error naming its file, after the episodes before it", async () => {
    const lib = syntheticLibrary(SLUGS);
    expect(
      (await cli(["build", "--sources", lib.sources, "--out", lib.out, "--no-index", "--quiet"])).code,
    ).toBe(0);
    const broken = path.join(lib.out, `${SLUGS[5]}.json`);
    writeFileSync(broken, '{"schemaVersion": 2, "slug": ');
    const seen: string[] = [];
    const read = async () => {
      for await (const row of readEpisodeRows(lib.out, SLUGS)) seen.push(row.slug);
    };
    await expect(read()).rejects.toThrow(broken);
    expect(seen).toEqual(SLUGS.slice(0, 5));
  }, 60_000);

  it("a missing model is an error that says to build", async () => {
    const slugs = [...SLUGS.slice(0, WORKER_FROM), "not-built"];
    await expect(collect(readEpisodeRows(out, slugs))).rejects.toThrow(
      `${path.join(out, "not-built.json")}: listed in the catalogue but missing; run npx episodes build`,
    );
    await expect(collect(readEpisodeRows(out, ["not-built"]))).rejects.toThrow(
      /missing; run npx episodes build/,
    );
  });
});
