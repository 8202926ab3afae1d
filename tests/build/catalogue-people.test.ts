import { describe, expect, it } from "vitest";
import { toCataloguePeople, QUOTE_CHARS } from "@/lib/build/catalogue-people";
import { ADA } from "../export/episode-fixture";
import { episode, first, say } from "../view/people-fixture";

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
