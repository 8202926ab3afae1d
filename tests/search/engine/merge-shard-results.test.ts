import { describe, expect, it } from "vitest";
import {
  mergeShardResults,
  NO_SEARCH_ROW,
  type HitRow,
  type PageRow,
  type SearchRow,
} from "@/lib/search/engine/merge-shard-results";

const episode = (id: number, slug: string, best: number, published: string | null = null): PageRow => ({
  id,
  slug,
  title: slug,
  show: null,
  published,
  total: 1,
  best,
});
const hit = (episodeId: number, id: string): HitRow => ({
  episode: episodeId,
  id,
  kind: "sentence",
  text: id,
  start: null,
  end: null,
  speaker: null,
  section: null,
});
const shard = (page: PageRow[], total: number): SearchRow => ({
  total,
  episodes: page.length,
  page,
  hits: page.flatMap((e) => [hit(e.id, `${e.slug}#1`), hit(e.id, `${e.slug}#2`)]),
});

describe("mergeShardResults", () => {
  // Two shards' pages, each already in relevance order (as the search statement gives them).
  const even = shard([episode(2, "b", 0.9), episode(4, "d", 0.5), episode(6, "f", 0.1)], 7);
  const odd = shard([episode(1, "a", 0.5), episode(3, "c", 0.3), episode(5, "e", 0.3)], 4);

  it("adds up the counts and interleaves the pages in the asked order, the slug breaking ties", () => {
    const merged = mergeShardResults([even, odd], { sort: "relevance", skip: 0, take: 10 });
    expect(merged.total).toBe(11);
    expect(merged.episodes).toBe(6);
    expect(merged.page.map((e) => e.slug)).toEqual(["b", "a", "d", "c", "e", "f"]);
  });

  it("ranks episodes whose best hits tie by their number of hits, then by slug", () => {
    const busy = (id: number, slug: string, total: number): PageRow => ({ ...episode(id, slug, 0.5), total });
    const left = shard([busy(2, "b", 1), busy(4, "d", 1)], 2);
    const right = shard([busy(1, "z", 6), busy(3, "a", 1), busy(5, "y", 3)], 10);
    const merged = mergeShardResults([left, right], { sort: "relevance", skip: 0, take: 10 });
    expect(merged.page.map((e) => e.slug)).toEqual(["z", "y", "a", "b", "d"]);
  });

  it("cuts the page after `skip`, and keeps only its episodes' hits, in each episode's order", () => {
    const merged = mergeShardResults([even, odd], { sort: "relevance", skip: 2, take: 2 });
    expect(merged.page.map((e) => e.slug)).toEqual(["d", "c"]);
    expect(merged.hits.map((h) => h.id)).toEqual(["d#1", "d#2", "c#1", "c#2"]);
    expect(merged.episodes).toBe(6);
  });

  it("sorts by publication day either way, undated episodes last, then by slug", () => {
    const dated = [
      shard([episode(1, "a", 0, "2024-05-01"), episode(3, "c", 0, null)], 2),
      shard(
        [episode(2, "b", 0, "2023-01-01"), episode(4, "d", 0, "2024-05-01"), episode(6, "f", 0, null)],
        3,
      ),
    ];
    const slugs = (sort: "newest" | "oldest") =>
      mergeShardResults(dated, { sort, skip: 0, take: 10 }).page.map((e) => e.slug);
    expect(slugs("newest")).toEqual(["a", "d", "b", "c", "f"]);
    expect(slugs("oldest")).toEqual(["b", "a", "d", "c", "f"]);
  });

  it("BAD: no shard with a match gives nothing; a page past the end is empty but keeps the counts", () => {
    expect(
      mergeShardResults([NO_SEARCH_ROW, NO_SEARCH_ROW], { sort: "relevance", skip: 0, take: 10 }),
    ).toEqual(NO_SEARCH_ROW);
    const past = mergeShardResults([even, odd], { sort: "relevance", skip: 10, take: 10 });
    expect(past).toEqual({ total: 11, episodes: 6, page: [], hits: [] });
  });

  it("one shard is passed through (its page already cut by the statement)", () => {
    expect(mergeShardResults([even], { sort: "relevance", skip: 0, take: 10 })).toEqual(even);
  });
});
