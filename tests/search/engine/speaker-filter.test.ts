import { describe, expect, it } from "vitest";
import type { Speaker } from "@/lib/model/episode-schema";
import { ALAN, ENGINES, GRACE, query, textEpisode, useLibrary } from "./engine-helpers";

/** A name with quotes, a backslash and tsquery operators in it: the filter takes it as a value, whole. */
const QUOTED: Speaker = { id: "obrien", name: `Seán O'Brien \\ "Q" & !x:*`, label: "Seán", voices: [] };
/** A name too long to be a lexeme of the index (speaker-lexeme.ts): the filter compares rows instead. */
const DROPPED = "\u0870";
const LONG_NAME = `Speaker ${"with a very long name ".repeat(100)}`;
const LONG: Speaker = {
  id: "long",
  name: LONG_NAME,
  label: "Long",
  voices: [],
};

// Turns alternate between the episode's speakers; `lighthouse` is said 4 times by each of
// Grace and Alan in the first, twice by Grace and O'Brien in the second, once by nobody named.
const episodes = [
  textEpisode(
    "pair",
    Array.from({ length: 8 }, (_, k) => `the lighthouse keeper ${k}`),
    { speakers: [GRACE, ALAN] },
  ),
  textEpisode("quoted", ["lighthouse one", "lighthouse two", "lighthouse three", "lighthouse four"], {
    speakers: [GRACE, QUOTED],
  }),
  textEpisode("nobody", ["a lighthouse alone"]),
  textEpisode("dropped", [`a ${DROPPED} said by Grace`, "and by Alan"], { speakers: [GRACE, ALAN] }),
  textEpisode("long", ["lighthouse by the long name", "lighthouse by Grace"], { speakers: [LONG, GRACE] }),
];

describe.each(ENGINES)("the speaker filter on $name", (engine) => {
  const search = useLibrary(engine, episodes);

  it("keeps only what that speaker said, with true totals, whatever the name holds", async () => {
    const grace = await search.search(query("lighthouse", { speaker: "Grace Hopper" }));
    expect(grace.total).toBe(7);
    // Their best hits tie (one `lighthouse` a sentence): the episode with more of them first.
    expect(grace.episodes.map((e) => [e.slug, e.total])).toEqual([
      ["pair", 4],
      ["quoted", 2],
      ["long", 1],
    ]);
    const quoted = await search.search(query("lighthouse", { speaker: QUOTED.name }));
    expect(quoted.total).toBe(2);
    expect(quoted.episodes.flatMap((e) => e.hits.map((h) => h.speaker))).toEqual([QUOTED.name, QUOTED.name]);
    expect((await search.search(query("lighthouse"))).total).toBe(15);
    expect((await search.search(query("lighthouse", { speaker: "Nobody Here" }))).total).toBe(0);
  });

  it("adds nothing to a word the engine's parser drops", async () => {
    // U+0870, a letter of Unicode 14: a word to the app's normaliser; to PGlite's parser, nothing
    // (its match is empty, and finds nothing), to the server's, a word (Grace says it once).
    const all = await search.search(query(DROPPED));
    const grace = await search.search(query(DROPPED, { speaker: "Grace Hopper" }));
    expect(all.total).toBeLessThanOrEqual(1);
    expect(grace.total).toBe(all.total);
  });

  it("takes a name too long to be a word of the index", async () => {
    expect(Buffer.byteLength(LONG_NAME)).toBeGreaterThan(2047); // the most a lexeme holds
    const long = await search.search(query("lighthouse", { speaker: LONG_NAME }));
    expect(long.episodes.flatMap((e) => e.hits.map((h) => h.text))).toEqual(["lighthouse by the long name"]);
  });

  it("is never matched by the reader's words: a name is found where it is written, not where its speaker talks", async () => {
    // Nobody says `hopper` or `grace`; the names are in each episode's people (its header).
    for (const text of ["hopper", "grace hopper", '"grace hopper"', "hopp", "speaker grace", "speak"]) {
      const found = await search.search(query(text));
      expect(
        found.episodes.flatMap((e) => e.hits.map((h) => h.kind)),
        text,
      ).not.toContain("sentence");
    }
    const people = await search.search(query("hopper"));
    expect(people.episodes.map((e) => e.slug)).toEqual(["dropped", "long", "pair", "quoted"]);
  });
});
