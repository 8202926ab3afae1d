import { describe, expect, it } from "vitest";
import { buildHitHref } from "@/lib/search/hit-href";
import { ALAN, ENGINES, GRACE, query, textEpisode, useLibrary } from "./engine-helpers";

// Grace Hopper is the guest of "guested", never named aloud; Ada Lovelace is credited there and
// never speaks. "mentioned" says Grace's first name; "voices" has only an unnamed voice.
const episodes = [
  textEpisode("guested", ["we talk about compilers", "and then about ships"], {
    speakers: [
      { ...ALAN, role: "Host" },
      { ...GRACE, role: "Guest" },
    ],
    credits: [{ name: "Ada Lovelace", role: "Producer" }],
  }),
  textEpisode("mentioned", ["Grace said hello to the harbour"]),
  textEpisode("voices", ["a lone voice on the harbour"], {
    speakers: [{ id: "voice-2", label: "Speaker 2", voices: ["Speaker 2"] }],
  }),
];

describe.each(ENGINES)("the people of an episode on $name", (engine) => {
  const search = useLibrary(engine, episodes);

  it("finds the episode of a guest whose name is never said, with the name marked", async () => {
    const result = await search.search(query("Hopper"));
    expect(result.total).toBe(1);
    expect(result.episodes.map((e) => e.slug)).toEqual(["guested"]);
    const hit = result.episodes[0]?.hits[0];
    expect(hit).toMatchObject({ kind: "people", id: "episode-people" });
    expect(hit?.text).toBe("Alan Turing, Grace Hopper, Ada Lovelace");
    expect(hit?.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(["Hopper"]);
    // It opens the episode at its header's people.
    expect(buildHitHref("guested", "Hopper", hit ?? {})).toBe("/episodes/guested?q=Hopper#episode-people");
  });

  it("finds a person credited without speaking, and a first name both where it is said and where it is a speaker", async () => {
    expect((await search.search(query("Ada Lovelace"))).episodes.map((e) => e.slug)).toEqual(["guested"]);
    const grace = await search.search(query("grace"));
    expect(grace.episodes.map((e) => e.slug).sort()).toEqual(["guested", "mentioned"]);
  });

  it("does not count the people line as something a speaker said, nor an unnamed voice as a person", async () => {
    expect((await search.search(query("Hopper", { speaker: "Grace Hopper" }))).total).toBe(0);
    // Neither roles nor the label of an unnamed voice are searched as people.
    expect((await search.search(query("speaker"))).total).toBe(0);
    expect((await search.search(query("guest host producer"))).total).toBe(0);
  });
});
