import { describe, expect, it } from "vitest";
import { buildHitHref } from "@/lib/search/hit-href";
import { ENGINES, query, textEpisode, useLibrary } from "./engine-helpers";

// A section title no one says aloud: the transcript's heading is the only place it is written.
const episodes = [
  textEpisode("sectioned", ["we sail at dawn", "the nets come in", "then we sell the fish"], {
    sections: [
      { id: "leaving-port", title: "Leaving port", start: 0, end: 60, source: "summary" },
      { id: "quayside-auction", title: "The quayside auction", start: 120, end: 180, source: "summary" },
    ],
  }),
];

describe.each(ENGINES)("section titles on $name", (engine) => {
  const search = useLibrary(engine, episodes);

  it("finds a section by its title, and opens the episode at the section's start", async () => {
    const result = await search.search(query("quayside auction"));
    expect(result.total).toBe(1);
    const hit = result.episodes[0]?.hits[0];
    expect(hit).toMatchObject({
      kind: "section",
      id: "quayside-auction",
      text: "The quayside auction",
      start: 120,
    });
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["quayside auction"]);
    expect(buildHitHref("sectioned", "quayside auction", hit ?? {})).toBe(
      "/episodes/sectioned?t=120&q=quayside+auction",
    );
  });
});
