import { describe, expect, it } from "vitest";
import { createLibrarySearch } from "@/lib/search/engine/create-library-search";
import { indexEpisodes } from "@/lib/search/engine/index-episodes";
import { EPISODES_PER_RESULTS_PAGE } from "@/lib/search/engine/library-query";
import { createPgliteClient } from "@/lib/search/engine/pglite-client";
import { ensureSearchSchema } from "@/lib/search/engine/search-schema";
import { searchStatement } from "@/lib/search/engine/search-statement";
import { planOf, query, spyOnSearchStatements, textEpisode } from "./engine-helpers";

/** 30 episodes that all say “lantern”, each a different number of times: no two tie. */
const episodes = Array.from({ length: 30 }, (_, i) =>
  textEpisode(
    `lantern-${String(i).padStart(2, "0")}`,
    Array.from({ length: 1 + i }, (_, k) => `the lantern number ${k}`),
  ),
);

/**
 * Rows the plan read from search_episodes, all its scans of it together (rows × loops;
 * PostgreSQL 17 writes rows=1.00).
 */
function episodeRowsRead(plan: string): number {
  const scans = plan
    .split("\n")
    .filter((line) => / on search_episodes\b/.test(line))
    .map((line) => /actual time=\S+ rows=([\d.]+) loops=(\d+)/.exec(line));
  return scans.reduce((sum, found) => sum + Number(found?.[1] ?? 0) * Number(found?.[2] ?? 0), 0);
}

describe("the search statement's page of episodes", () => {
  it("by relevance, looks up only the episodes that can be on the page, not every one that matches", async () => {
    const client = await createPgliteClient(undefined);
    try {
      await ensureSearchSchema(client);
      await indexEpisodes(client, { upsert: episodes, remove: [] });
      const asked: { sql: string; params: readonly unknown[] }[] = [];
      const spying = spyOnSearchStatements(client, (_, sql, params) => void asked.push({ sql, params }));
      const search = createLibrarySearch(spying);
      const byRelevance = await search.search(query("lantern"));
      expect(byRelevance.totalEpisodes).toBe(30);
      // The most said first: the page is right, from the few episodes read.
      expect(byRelevance.episodes.map((e) => e.slug)).toEqual(
        Array.from({ length: EPISODES_PER_RESULTS_PAGE }, (_, k) => `lantern-${29 - k}`),
      );
      const explain = ({ sql, params }: { sql: string; params: readonly unknown[] }) =>
        planOf(client, sql, params, true);
      const [relevance] = asked;
      if (!relevance) throw new Error("no search statement was asked");
      expect(episodeRowsRead(await explain(relevance))).toBe(EPISODES_PER_RESULTS_PAGE);
      // By date, every matching episode's date decides: all 30 are read, and the page is right.
      asked.length = 0;
      const newest = await search.search(query("lantern", { sort: "newest" }));
      expect(newest.totalEpisodes).toBe(30);
      const [dated] = asked;
      if (!dated) throw new Error("no search statement was asked");
      expect(dated.sql).toBe(searchStatement({ ...shapeOfPlain, byRelevance: false }).sql);
      expect(episodeRowsRead(await explain(dated))).toBe(30);
    } finally {
      await client.close();
    }
  });
});

/** A plain search's shape on the one shard: no second condition, list, filter or speaker. */
const shapeOfPlain = {
  shard: 0,
  also: false,
  episodes: false,
  filters: false,
  speaker: false,
  readings: false,
} as const;
