import { describe, expect, it } from "vitest";
import { findSpeakerLabels, splitTurns } from "../../lib/parse/speaker-label";

const names = (text: string): string[] => findSpeakerLabels(text).map((l) => l.name);
const one = (text: string) => splitTurns([{ text, lineAt: () => 1 }]);

describe("findSpeakerLabels", () => {
  it.each([
    ["Malcolm Gladwell: Hello", ["Malcolm Gladwell"]],
    ["Face.  Tim Harford: So", ["Tim Harford"]],
    ["Face.\u00A0 Tim Harford: So", ["Tim Harford"]],
    ["Yeah. Jeff Boudier: Right", ["Jeff Boudier"]],
    ["Speaker 1: hi Speaker 2: yo", ["Speaker 1", "Speaker 2"]],
    ["Mary Ann O’Brien-Smith: hi", ["Mary Ann O’Brien-Smith"]],
    ["TIM HARFORD: What", ["TIM HARFORD"]],
    ["Ann: end:", ["Ann"]],
    ["One Two Three Four Five: at most four words", ["Two Three Four Five"]],
  ])("finds labels in %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    "Hugging Face and watsonx: why open source",
    "ratio 3:2 is fine",
    "at 12:38 we met",
    "Note:no space after the colon",
    "lowercase name: hello",
  ])("finds no label in %j", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("reports offsets of the label", () => {
    expect(findSpeakerLabels("so. Ann Lee: hi")).toEqual([{ name: "Ann Lee", start: 4, end: 12 }]);
  });
});

describe("splitTurns", () => {
  it("keeps text before the first label as a turn without speaker", () => {
    expect(one("Intro words Ann Lee: hello   there Bob: yes")).toEqual([
      { text: "Intro words", line: 1 },
      { speaker: "Ann Lee", text: "hello there", line: 1 },
      { speaker: "Bob", text: "yes", line: 1 },
    ]);
  });

  it("continues a turn across segments and uses each label's line", () => {
    const turns = splitTurns([
      { text: "Ann: one two", lineAt: () => 3 },
      { text: "three Bob: four", lineAt: () => 7 },
    ]);
    expect(turns).toEqual([
      { speaker: "Ann", text: "one two three", line: 3 },
      { speaker: "Bob", text: "four", line: 7 },
    ]);
  });

  it("gives an all-capitals label the document's usual spelling", () => {
    expect(one("Tim Harford: a TIM HARFORD: b").map((t) => t.speaker)).toEqual([
      "Tim Harford",
      "Tim Harford",
    ]);
    expect(one("BOB: a").map((t) => t.speaker)).toEqual(["BOB"]);
  });

  it("gives back a capitalised word a label swallowed when the shorter name is a known label", () => {
    expect(one("Ann Lee: hi. Bob: so Then Ann Lee: bye")).toEqual([
      { speaker: "Ann Lee", text: "hi.", line: 1 },
      { speaker: "Bob", text: "so Then", line: 1 },
      { speaker: "Ann Lee", text: "bye", line: 1 },
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(one("  \n ")).toEqual([]);
  });
});
