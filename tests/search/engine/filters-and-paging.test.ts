import { describe, expect, it } from "vitest";
import { EPISODES_PER_RESULTS_PAGE, HITS_PER_EPISODE } from "@/lib/search/engine/library-query";
import { ALAN, ENGINES, GRACE, query, textEpisode, useLibrary } from "./engine-helpers";

/** 23 episodes that all say “harbour”, over two shows and three years; the first says it 8 times. */
const episodes = Array.from({ length: 23 }, (_, i) =>
  textEpisode(
    `harbour-${String(i).padStart(2, "0")}`,
    i === 0
      ? Array.from({ length: 8 }, (_, k) => `the harbour at dawn number ${k}`)
      : [`a harbour story ${i}`, "nothing"],
    {
      title: "Sample",
      show: i % 2 === 0 ? "Even Show" : "Odd Show",
      published: `${2021 + (i % 3)}-0${1 + (i % 9)}-15`,
      speakers: i < 3 ? [GRACE, ALAN] : [],
    },
  ),
);

describe.each(ENGINES)("filters, sorting and paging on $name", (engine) => {
  const search = useLibrary(engine, episodes);

  it("pages through every episode with a true total; each lists its best hits, counts them all", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search.search(query("harbour", { page }))));
    expect(pages.map((p) => p.episodes.length)).toEqual([EPISODES_PER_RESULTS_PAGE, 10, 3, 0]);
    expect(pages.every((p) => p.totalEpisodes === 23 && p.pageCount === 3 && p.total === 8 + 22)).toBe(true);
    const slugs = pages.flatMap((p) => p.episodes.map((e) => e.slug));
    expect(new Set(slugs).size).toBe(23);
    const busiest = pages[0]?.episodes.find((e) => e.slug === "harbour-00");
    expect(busiest).toMatchObject({ total: 8, show: "Even Show", published: "2021-01-15" });
    expect(busiest?.hits).toHaveLength(HITS_PER_EPISODE);
  });

  it("filters by show, by speaker and by date range, the totals with them", async () => {
    const odd = await search.search(query("harbour", { show: "Odd Show" }));
    expect(odd.totalEpisodes).toBe(11);
    expect(odd.episodes.every((e) => e.show === "Odd Show")).toBe(true);
    const grace = await search.search(query("harbour", { speaker: "Grace Hopper" }));
    expect(grace.episodes.map((e) => e.slug).sort()).toEqual(["harbour-00", "harbour-01", "harbour-02"]);
    expect(grace.episodes.find((e) => e.slug === "harbour-00")?.total).toBe(4);
    const range = await search.search(query("harbour", { from: "2022-01-01", to: "2022-12-31" }));
    expect(range.totalEpisodes).toBe(8);
    expect(range.episodes.every((e) => e.published?.startsWith("2022"))).toBe(true);
    const none = await search.search(query("harbour", { show: "No Such Show" }));
    expect(none).toMatchObject({ total: 0, totalEpisodes: 0, pageCount: 1, episodes: [] });
  });

  it("sorts by newest and oldest publication, the slug breaking ties", async () => {
    const dates = async (sort: "newest" | "oldest") =>
      (await search.search(query("harbour", { sort }))).episodes.map((e) => e.published ?? "");
    const newest = await dates("newest");
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0]?.startsWith("2023")).toBe(true);
    const oldest = await dates("oldest");
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest[0]?.startsWith("2021")).toBe(true);
  });

  it("gives the facets: shows and speakers with episode counts, the first and last day", async () => {
    expect(await search.facets()).toEqual({
      shows: [
        { name: "Even Show", episodes: 12 },
        { name: "Odd Show", episodes: 11 },
      ],
      speakers: [
        { name: "Alan Turing", episodes: 3 },
        { name: "Grace Hopper", episodes: 3 },
      ],
      published: { first: "2021-01-15", last: "2023-09-15" },
    });
  });
});

/**
 * Four episodes whose hits for `lighthouse` score alike (one occurrence a sentence), but for
 * one that says it twice in a sentence; their slugs in the opposite order to their hits.
 */
const beacons = [
  textEpisode("a-once", ["the lighthouse keeper", "calm water"]),
  textEpisode("b-twice-in-one", ["lighthouse after lighthouse", "calm water"]),
  textEpisode("m-thrice", ["a lighthouse", "the lighthouse again", "one more lighthouse"]),
  textEpisode("z-twice", ["lighthouse beams", "calm water", "the old lighthouse"]),
];

describe.each(ENGINES)("relevance order on $name", (engine) => {
  const search = useLibrary(engine, beacons);

  it("ranks by the best hit, then episodes whose best hits tie by their number of hits", async () => {
    const result = await search.search(query("lighthouse"));
    expect(result.episodes.map((e) => [e.slug, e.total])).toEqual([
      ["b-twice-in-one", 1],
      ["m-thrice", 3],
      ["z-twice", 2],
      ["a-once", 1],
    ]);
  });
});
