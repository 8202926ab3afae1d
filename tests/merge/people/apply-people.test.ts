import { describe, expect, it } from "vitest";
import { applyPeople, personKey } from "@/lib/merge/people/apply-people";
import { UsedLog } from "@/lib/merge/used-log";
import type { Speaker } from "@/lib/model/episode-schema";

const named = (name: string, extra: Partial<Speaker> = {}): Speaker => ({
  id: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  label: name,
  voices: [],
  ...extra,
});
const voice: Speaker = { id: "voice-1", label: "Speaker 1", voices: ["Speaker 1"] };

describe("applyPeople", () => {
  it("gives a named speaker the picture, page and role of the person with the same name", () => {
    const log = new UsedLog();
    const out = applyPeople(
      [named("Ada Lovelace")],
      [
        {
          name: "ada  LOVELACE",
          role: "guest",
          img: "https://img.example/ada.jpg",
          href: "https://ada.example/",
        },
      ],
      log,
    );
    expect(out.speakers[0]).toMatchObject({
      name: "Ada Lovelace",
      role: "guest",
      image: "https://img.example/ada.jpg",
      href: "https://ada.example/",
    });
    expect(out.credits).toEqual([]);
    expect(log.get("episode.json")).toEqual(["people"]);
  });

  it("keeps a role the manifest's speakers gave over the feed's", () => {
    const out = applyPeople(
      [named("Ada Lovelace", { role: "Mathematician" })],
      [{ name: "Ada Lovelace", role: "guest" }],
      new UsedLog(),
    );
    expect(out.speakers[0]?.role).toBe("Mathematician");
  });

  it("makes a cast person's unnamed role explicit on the speaker: the namespace's host", () => {
    const out = applyPeople(
      [named("Ada Lovelace"), named("Grace Hopper"), named("Cy Editor"), named("Dee Guest")],
      [
        { name: "Ada Lovelace" },
        { name: "Grace Hopper", group: "Cast" },
        { name: "Cy Editor", group: "writing" },
        { name: "Dee Guest", role: "guest" },
      ],
      new UsedLog(),
    );
    expect(out.speakers.map((s) => s.role)).toEqual(["host", "host", undefined, "guest"]);
  });

  it("leaves the role of a speaker no person names unknown", () => {
    const out = applyPeople([named("Ada Lovelace")], [{ name: "Grace Hopper" }], new UsedLog());
    expect(out.speakers[0]?.role).toBeUndefined();
    expect(out.credits).toEqual([{ name: "Grace Hopper" }]);
  });

  it("never names an anonymous voice from the list of people", () => {
    const out = applyPeople(
      [voice],
      [{ name: "Speaker 1", img: "https://img.example/x.png" }, { name: "Grace Hopper" }],
      new UsedLog(),
    );
    expect(out.speakers).toEqual([voice]);
    expect(out.credits.map((c) => c.name)).toEqual(["Speaker 1", "Grace Hopper"]);
  });

  it("credits everyone who does not speak, in the manifest's order, once each", () => {
    const out = applyPeople(
      [named("Ada Lovelace")],
      [
        { name: "Bob Producer", role: "producer" },
        { name: "Ada Lovelace" },
        { name: "Cy Editor", group: "post-production" },
        { name: "bob producer", img: "https://img.example/bob.png", role: "host" },
      ],
      new UsedLog(),
    );
    expect(out.credits).toEqual([
      { name: "Bob Producer", role: "producer", image: "https://img.example/bob.png" },
      { name: "Cy Editor", group: "post-production" },
    ]);
  });

  it("changes nothing and records nothing without people", () => {
    const log = new UsedLog();
    const speakers = [named("Ada Lovelace"), voice];
    expect(applyPeople(speakers, undefined, log)).toEqual({ speakers, credits: [] });
    expect(applyPeople(speakers, [], log)).toEqual({ speakers, credits: [] });
    expect(log.get("episode.json")).toEqual([]);
  });
});

describe("personKey", () => {
  it("ignores case, spacing and Unicode composition, but not other letters", () => {
    expect(personKey(" José  Núñez ")).toBe(personKey("JOSE\u0301 NU\u0301N\u0303EZ".normalize("NFD")));
    expect(personKey("Ann Lee")).not.toBe(personKey("Anne Lee"));
  });
});
