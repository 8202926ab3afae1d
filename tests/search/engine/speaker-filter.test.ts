import { describe, expect, it } from "vitest";
import type { Speaker } from "@/lib/model/episode-schema";
import { ALAN, ENGINES, GRACE, query, textEpisode, useLibrary } from "./engine-helpers";

/** A name with quotes, a backslash and tsquery operators in it: the filter takes it as a value, whole. */
const QUOTED: Speaker = { id: "obrien", name: `Seán O'Brien \\ "Q" & !x:*`, label: "Seán", voices: [] };

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
];

describe.each(ENGINES)("the speaker filter on $name", (engine) => {
  const search = useLibrary(engine, episodes);

  it("keeps only what that speaker said, with true totals, whatever the name holds", async () => {
    const grace = await search.search(query("lighthouse", { speaker: "Grace Hopper" }));
    expect(grace.total).toBe(6);
    expect(grace.episodes.map((e) => [e.slug, e.total])).toEqual([
      ["pair", 4],
      ["quoted", 2],
    ]);
    const quoted = await search.search(query("lighthouse", { speaker: QUOTED.name }));
    expect(quoted.total).toBe(2);
    expect(quoted.episodes.flatMap((e) => e.hits.map((h) => h.speaker))).toEqual([QUOTED.name, QUOTED.name]);
    expect((await search.search(query("lighthouse"))).total).toBe(13);
    expect((await search.search(query("lighthouse", { speaker: "Nobody Here" }))).total).toBe(0);
  });
});
