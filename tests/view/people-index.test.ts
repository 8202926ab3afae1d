import { describe, expect, it } from "vitest";
import { toCatalogueEntry } from "@/lib/build/build-catalogue";
import { buildPeopleIndex, personHref, sortPeople } from "@/lib/view/people-index";
import { episode, first, say, second } from "./people-fixture";

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
