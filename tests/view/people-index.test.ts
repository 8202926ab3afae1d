import { describe, expect, it } from "vitest";
import { toCatalogueEntry } from "@/lib/build/build-catalogue";
import { toCataloguePeople, QUOTE_CHARS } from "@/lib/build/catalogue-people";
import type { Episode, Speaker } from "@/lib/model/episode-schema";
import { buildPeopleIndex, personHref, sortPeople } from "@/lib/view/people-index";
import { ADA, VOICE_2, makeEpisode, type TurnSpec } from "../export/episode-fixture";

const GRACE: Speaker = {
  id: "grace-hopper",
  name: "Grace Hopper",
  label: "Grace Hopper",
  role: "guest",
  voices: [],
};

/** The fixture's turns carry no times of their own: each takes its sentences' span, as built ones do. */
function timed(episode: Episode): Episode {
  for (const turn of episode.transcript.turns) {
    const sentences = turn.paragraphs.flatMap((p) => p.sentences);
    const start = sentences[0]?.start;
    const end = sentences.at(-1)?.end;
    if (start !== undefined) turn.start = start;
    if (end !== undefined) turn.end = end;
  }
  return episode;
}

function episode(
  slug: string,
  turns: TurnSpec[],
  speakers: Speaker[],
  extra: Partial<Episode> = {},
): Episode {
  return timed(makeEpisode(turns, speakers, { slug, title: `Title ${slug}`, ...extra }));
}

const say = (speakerId: string, start: number, end: number, text = "Some words here.") => ({
  speakerId,
  sentences: [{ text, start, end }],
});

const first = episode(
  "first",
  [
    say("ada-lovelace", 0, 10),
    say("voice-2", 10, 40),
    say("ada-lovelace", 40, 100, "The longest turn of all."),
  ],
  [{ ...ADA, role: "host" }, VOICE_2],
  { credits: [{ name: "Charles Babbage", role: "producer" }] },
);
const second = episode(
  "second",
  [say("ada-l", 0, 30), say("grace-hopper", 30, 35)],
  [{ id: "ada-l", name: "ada  LOVELACE", label: "ada  LOVELACE", role: "guest", voices: [] }, GRACE],
);

describe("toCataloguePeople", () => {
  it("lists named speakers with talk time and longest turns, then credits with none; no unnamed voice", () => {
    const people = toCataloguePeople(first);
    expect(people.map((p) => [p.name, p.seconds, p.credited === true])).toEqual([
      ["Ada Lovelace", 70, false],
      ["Charles Babbage", 0, true],
    ]);
    expect(people[0]?.turns.map((t) => [t.start, t.end, t.quote])).toEqual([
      [40, 100, "The longest turn of all."],
      [0, 10, "Some words here."],
    ]);
  });

  it("quotes only the start of a long turn, cut at a word", () => {
    const long = "word ".repeat(100).trim();
    const [person] = toCataloguePeople(episode("long", [say("ada-lovelace", 0, 9, long)], [ADA]));
    const quote = person?.turns[0]?.quote ?? "";
    expect(quote.length).toBeLessThanOrEqual(QUOTE_CHARS + 1);
    expect(quote).toMatch(/^word( word)*…$/u);
  });
});

describe("buildPeopleIndex", () => {
  const index = buildPeopleIndex([first, second].map(toCatalogueEntry));

  it("merges a person across episodes by name, whatever the case and spacing", () => {
    const ada = index.bySlug.get("ada-lovelace");
    expect(ada?.episodes.map((e) => [e.slug, e.seconds, e.role])).toEqual([
      ["first", 70, "host"],
      ["second", 30, "guest"],
    ]);
    expect(ada?.seconds).toBe(100);
    expect(ada?.roles).toEqual(["host", "guest"]);
    expect(ada?.turns.map((t) => `${t.episodeSlug}@${t.start}`)).toEqual(["first@40", "second@0", "first@0"]);
  });

  it("never makes a person of an unnamed voice", () => {
    expect(index.people.map((p) => p.name)).toEqual(["Ada Lovelace", "Charles Babbage", "Grace Hopper"]);
    expect(personHref(index.slugByKey, "Speaker 2")).toBeUndefined();
    expect(personHref(index.slugByKey, undefined)).toBeUndefined();
  });

  it("includes credits with no talk time", () => {
    const babbage = index.bySlug.get("charles-babbage");
    expect(babbage?.seconds).toBe(0);
    expect(babbage?.episodes).toEqual([
      { slug: "first", title: "Title first", role: "producer", seconds: 0, credited: true },
    ]);
  });

  it("links a name to its person's page, in any spelling", () => {
    expect(personHref(index.slugByKey, "ADA LOVELACE")).toBe("/people/ada-lovelace");
  });

  it("gives two names with one slug distinct slugs, the same whatever the episodes' order", () => {
    const accents = episode(
      "accents",
      [say("a", 0, 1), say("b", 1, 2)],
      [
        { id: "a", name: "Zoë Smith", label: "Zoë Smith", voices: [] },
        { id: "b", name: "Zoe Smith", label: "Zoe Smith", voices: [] },
      ],
    );
    const entries = [first, accents, second].map(toCatalogueEntry);
    const slugs = (list: typeof entries) =>
      buildPeopleIndex(list).people.map((p) => `${p.name.toLowerCase().replace(/\s+/gu, " ")}=${p.slug}`);
    expect(slugs(entries)).toContain("zoe smith=zoe-smith");
    expect(slugs(entries)).toContain("zoë smith=zoe-smith-1");
    expect(slugs([...entries].reverse())).toEqual(slugs(entries));
    const all = buildPeopleIndex(entries).people.map((p) => p.slug);
    expect(new Set(all).size).toBe(all.length);
  });

  it("sorts by talk time, most first, or by name", () => {
    const byTalk = sortPeople(index.people, "talk").map((p) => p.name);
    expect(byTalk).toEqual(["Ada Lovelace", "Grace Hopper", "Charles Babbage"]);
    expect(sortPeople(index.people, "name").map((p) => p.name)).toEqual(index.people.map((p) => p.name));
  });

  it("is empty for an empty library", () => {
    expect(buildPeopleIndex([]).people).toEqual([]);
  });
});
