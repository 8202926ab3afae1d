import { describe, expect, it } from "vitest";
import { findNamedLabels } from "../../lib/parse/named-label";
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

describe("findNamedLabels", () => {
  const KNOWN = ["Tim Harford", "Jeff Boudier"];
  const named = (text: string) =>
    findNamedLabels(text, KNOWN).map((l) => [l.name, text.slice(l.start, l.end)]);

  it.each([
    ["JEFF BOUDIER Yeah, I think", [["Jeff Boudier", "JEFF BOUDIER"]]],
    ["what is it?\nJEFF BOUDIER Yeah", [["Jeff Boudier", "JEFF BOUDIER"]]],
    ["the relationship there? JEFF BOUDIER Yeah", [["Jeff Boudier", "JEFF BOUDIER"]]],
    ["he said “no.” TIM HARFORD So", [["Tim Harford", "TIM HARFORD"]]],
    ["lines of code\nTIM\u00A0HARFORD\nWhat is", [["Tim Harford", "TIM\u00A0HARFORD"]]],
    ["Fine. tim harford: so what", [["Tim Harford", "tim harford:"]]],
    ["right\njeff boudier: yes", [["Jeff Boudier", "jeff boudier:"]]],
    ["there?\nJeff Boudier Yeah, I think", [["Jeff Boudier", "Jeff Boudier"]]],
    ["said it.”\n  Tim Harford “Well, no", [["Tim Harford", "Tim Harford"]]],
  ])("reads a known name standing as a label in %j", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it.each([
    "as Tim Harford said, it is new",
    "Tim Harford said so. Jeff Boudier agreed.",
    "Thank you. Jeff Boudier Yeah",
    "Jeff Boudier. Thank you very much.",
    "JEFF BOUDIER.",
    "I asked JEFF BOUDIER about it",
    "as I told tim harford: yes",
    "JEFF BOUDIERS are many",
    "Tim Harfordshire is a county",
    "Thank you.\nJeff Boudier said so.",
    "our guest\nJeff Boudier Yeah",
    "Thank you.\njeff boudier Yeah",
  ])("reads no label in running speech: %j", (text) => {
    expect(named(text)).toEqual([]);
  });

  it("knows no names, finds no labels", () => {
    expect(findNamedLabels("JEFF BOUDIER Yeah", [])).toEqual([]);
  });
});

describe("splitTurns with labels in other forms", () => {
  it("starts a turn at a known name in capitals with no colon, mid-line after a sentence end", () => {
    expect(
      one("Jeff Boudier: Hi. Tim Harford: What is it? JEFF BOUDIER Yeah, a hub. Tim Harford: Right."),
    ).toEqual([
      { speaker: "Jeff Boudier", text: "Hi.", line: 1 },
      { speaker: "Tim Harford", text: "What is it?", line: 1 },
      { speaker: "Jeff Boudier", text: "Yeah, a hub.", line: 1 },
      { speaker: "Tim Harford", text: "Right.", line: 1 },
    ]);
  });

  it("starts a turn at a lowercase label with a colon and at a label run into the previous line", () => {
    const turns = splitTurns([
      { text: "Ann Lee: one. bob stone: two", lineAt: () => 3 },
      { text: "three. ANN LEE four Bob Stone: five", lineAt: () => 4 },
    ]);
    expect(turns).toEqual([
      { speaker: "Ann Lee", text: "one.", line: 3 },
      { speaker: "Bob Stone", text: "two three.", line: 3 },
      { speaker: "Ann Lee", text: "four", line: 4 },
      { speaker: "Bob Stone", text: "five", line: 4 },
    ]);
  });

  it("leaves a name in running speech as text", () => {
    const text = "Ann Lee: As Bob Stone said. Bob Stone agreed. BOB STONE, yes. Bob Stone: no";
    expect(one(text)).toEqual([
      { speaker: "Ann Lee", text: "As Bob Stone said. Bob Stone agreed. BOB STONE, yes.", line: 1 },
      { speaker: "Bob Stone", text: "no", line: 1 },
    ]);
  });

  it("reads a one- or two-letter label (Q:, A:) only with its colon", () => {
    expect(one("Q: Why? A: Because. A model is big. Q: And? A I see.")).toEqual([
      { speaker: "Q", text: "Why?", line: 1 },
      { speaker: "A", text: "Because. A model is big.", line: 1 },
      { speaker: "Q", text: "And? A I see.", line: 1 },
    ]);
  });

  it("does not take a name that is no label anywhere as a label", () => {
    expect(one("Ann: Well. BOB STONE Hi").map((t) => t.speaker)).toEqual(["Ann"]);
  });
});
