import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Note } from "@/lib/model/episode-schema";
import { collectNoteTopics } from "@/lib/view/collect-note-topics";
import { hasBackwardTimes } from "@/lib/view/has-backward-times";

let counter = 0;
const note = (start: number | undefined, tags: string[] = []): Note => ({
  id: `n-${counter++}`,
  headingPath: [],
  text: `Claim ${counter}.`,
  ...(start !== undefined ? { start } : {}),
  links: [],
  tags,
  source: "notes.md",
});
const B = episodeSchema.parse(JSON.parse(readFileSync("content/episodes/acquired-ai-builders.json", "utf8")));

describe("collectNoteTopics", () => {
  it("lists each tag once, in first-appearance order, with the notes that carry it", () => {
    const notes = [note(1, ["Scale"]), note(2), note(3, ["Money", "Scale"]), note(4, ["Money"])];
    expect(collectNoteTopics(notes)).toEqual([
      { tag: "Scale", noteIds: [notes[0]!.id, notes[2]!.id] },
      { tag: "Money", noteIds: [notes[2]!.id, notes[3]!.id] },
    ]);
  });

  it("treats tags that differ only in spacing as one topic and ignores empty ones", () => {
    const notes = [note(1, ["Open  source", " "]), note(2, ["Open source ", "Open source"])];
    expect(collectNoteTopics(notes)).toEqual([{ tag: "Open source", noteIds: [notes[0]!.id, notes[1]!.id] }]);
  });

  it("is empty for notes without tags", () => {
    expect(collectNoteTopics([note(1), note(2)])).toEqual([]);
  });

  it("gives seed B's four topics once each, the 25-note one first", () => {
    const topics = collectNoteTopics(B.notes);
    expect(topics).toHaveLength(4);
    expect(topics[0]).toMatchObject({ tag: "AI and Automation in Customer Service" });
    expect(topics[0]!.noteIds).toHaveLength(25);
  });
});

describe("hasBackwardTimes", () => {
  it("is true when a timed note starts before an earlier one", () => {
    expect(hasBackwardTimes([note(10), note(300), note(115)])).toBe(true);
  });

  it("is false for ordered times, equal times and untimed notes in between", () => {
    expect(hasBackwardTimes([note(10), note(undefined), note(10), note(40)])).toBe(false);
    expect(hasBackwardTimes([])).toBe(false);
  });

  it("is true for seed B, whose source lists 300 s before 115 s", () => {
    expect(hasBackwardTimes(B.notes)).toBe(true);
  });
});
