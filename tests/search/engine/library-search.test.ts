import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LibrarySearch } from "@/lib/search/engine/library-query";
import { librarySearchResultSchema } from "@/lib/search/engine/library-query";
import type { SqlClient } from "@/lib/search/engine/sql-client";
import { loadEpisode } from "../search-helpers";
import { ENGINES, openLibrary, query, textEpisode } from "./engine-helpers";

const SEEDS = ["hugging-face-watsonx", "acquired-ai-builders", "cyber-sentries-open-source-ai"];

/** The seed library (content/episodes): the behaviours of tests/search/library-search.test.ts. */
describe.each(ENGINES)("the seed library on $name", (engine) => {
  let client: SqlClient;
  let search: LibrarySearch;
  beforeAll(async () => {
    ({ client, search } = await openLibrary(engine, SEEDS.map(loadEpisode)));
  });
  afterAll(() => client.close());

  const slugs = async (text: string) => (await search.search(query(text))).episodes.map((e) => e.slug);

  it("finds a phrase in A's transcript and in B's notes, grouped by episode, with true totals", async () => {
    const result = await search.search(query("Hugging Face"));
    expect(librarySearchResultSchema.parse(result)).toEqual(result);
    const episodeA = result.episodes.find((e) => e.slug === "hugging-face-watsonx");
    expect(result.episodes.map((e) => e.slug)).toEqual(expect.arrayContaining(SEEDS.slice(0, 2)));
    expect(episodeA?.total).toBeGreaterThan(episodeA?.hits.length ?? 0);
    expect(episodeA?.hits).toHaveLength(5);
    // A transcript hit names its speaker as the episode does, with its time and section.
    const sentence = episodeA?.hits.find((hit) => hit.kind === "sentence");
    expect(loadEpisode(SEEDS[0] as string).speakers.flatMap((s) => s.name ?? [])).toContain(
      sentence?.speaker,
    );
    expect(sentence?.start).toBeGreaterThanOrEqual(0);
    expect(result.episodes.find((e) => e.slug === "acquired-ai-builders")?.hits[0]?.kind).toBe("note");
    expect(result.total).toBe(result.episodes.reduce((sum, e) => sum + e.total, 0));
    expect(result.totalEpisodes).toBe(result.episodes.length);
  });

  it("ranks the misspelt quote first, across episodes, and says what it corrected", async () => {
    const result = await search.search(query("atention is all you need"));
    expect(result.episodes[0]?.slug).toBe("hugging-face-watsonx");
    expect(result.episodes[0]?.hits[0]?.id).toBe("s-503417");
    expect(result.corrections).toEqual([{ from: "atention", to: "attention" }]);
    const hit = result.episodes[0]?.hits[0];
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["Attention Is All You Need"]);
  });

  it("searches C's chapters and show notes, which have no transcript, and every title", async () => {
    expect(await slugs("AI sovereignty")).toContain("cyber-sentries-open-source-ai");
    const title = await search.search(query("watsonx why open source is the future"));
    expect(title.episodes[0]?.hits[0]).toMatchObject({ kind: "summary", id: "episode-title" });
  });

  it("`opensource` finds the episodes that say “open source” or “open-source”", async () => {
    expect((await slugs("opensource")).sort()).toEqual((await slugs("open source")).sort());
    expect(await slugs("opensource")).toContain("cyber-sentries-open-source-ai");
  });

  it("`GPT` finds ChatGPT in the notes of B and in A's “ChatGPT came online”", async () => {
    const result = await search.search(query("GPT"));
    const b = result.episodes.find((e) => e.slug === "acquired-ai-builders");
    expect(b?.hits.some((hit) => hit.text.includes("ChatGPT"))).toBe(true);
    const a = result.episodes.find((e) => e.slug === "hugging-face-watsonx");
    expect(a?.hits.some((hit) => hit.text.includes("ChatGPT came online"))).toBe(true);
  });

  it("filters by speaker: only what Malcolm Gladwell said", async () => {
    const all = await search.search(query("open source"));
    const his = await search.search(query("open source", { speaker: "Malcolm Gladwell" }));
    expect(his.total).toBeGreaterThan(0);
    expect(his.total).toBeLessThan(all.total);
    expect(his.episodes.flatMap((e) => e.hits).every((hit) => hit.speaker === "Malcolm Gladwell")).toBe(true);
  });

  it("gives facets: every show and speaker with their episodes", async () => {
    const facets = await search.facets();
    expect(facets.shows).toEqual([
      { name: "Acquired", episodes: 1 },
      { name: "Cyber Sentries", episodes: 1 },
      { name: "Smart Talks with IBM", episodes: 1 },
    ]);
    expect(facets.speakers.map((s) => s.name)).toContain("Malcolm Gladwell");
  });

  it("gives nothing, without throwing, for junk and hostile input; the tables survive", async () => {
    const junk = ["", "(", "*", "[", '"', "'", "\\", "-", "--", "&|!<->:*", "zebra quokka", "<b>hi</b>"];
    const hostile = [
      "'); DROP TABLE search_documents; --",
      "x' OR 1=1 --",
      "!".repeat(500),
      "(".repeat(200) + ")".repeat(300),
      "<script>alert(1)</script>",
      "a\u0000b",
      "'a' & !'b' <-> 'c':*",
    ];
    for (const text of [...junk, ...hostile]) {
      const result = await search.search(query(text));
      expect(result.total, text).toBe(0);
      expect(result.episodes, text).toEqual([]);
    }
    expect((await search.search(query("Hugging Face"))).total).toBeGreaterThan(0);
  });
});

describe.each(ENGINES)("highlights on $name", (engine) => {
  it("a titled highlight is found by its title, at its moment, labelled; an untitled one is not", async () => {
    const highlights = [
      {
        id: "h-1",
        start: 60,
        end: 66.5,
        duration: 6.5,
        title: "The <b>marmalade</b> theory",
        source: "fixture.vtt",
      },
      { id: "h-2", start: 120, end: 125, duration: 5, source: "fixture.vtt" },
    ];
    const episode = textEpisode("jam", ["signals are loud", "the truest signal", "quiet ones"], {
      highlights,
    });
    const { client, search } = await openLibrary(engine, [episode]);
    const result = await search.search(query("marmalade theory"));
    expect(result.episodes.map((e) => e.slug)).toEqual(["jam"]);
    const [hit] = result.episodes[0]?.hits ?? [];
    expect(hit).toMatchObject({
      id: "h-1",
      kind: "highlight",
      text: "The <b>marmalade</b> theory",
      start: 60,
    });
    expect(hit?.end).toBe(66.5);
    // The untitled highlight added no document: the episode holds its title and 3 sentences besides h-1.
    const [{ n } = { n: 0 }] = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM search_documents",
    );
    expect(n).toBe(5);
    await client.close();
  });
});

describe.each(ENGINES)("a broken index on $name", (engine) => {
  it("fails the search instead of answering “no matches”", async () => {
    const { client, search } = await openLibrary(engine, SEEDS.slice(0, 1).map(loadEpisode));
    try {
      expect((await search.search(query("Hugging Face"))).total).toBeGreaterThan(0);
      await client.exec("DROP TABLE search_documents CASCADE");
      await expect(search.search(query("Hugging Face"))).rejects.toThrow(/search_documents/);
    } finally {
      await client.close();
    }
  });
});
