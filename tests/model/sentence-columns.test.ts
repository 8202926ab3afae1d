import { describe, expect, it } from "vitest";
import { columnProblems } from "@/lib/model/sentence-columns";

/** Columns of three timed words, every rule kept. */
const GOOD = { words: ["a", "b", "c"], starts: [0, 0, 10], ends: [100, 200, 50], timings: "aax", notes: [2] };

describe("columnProblems: the rules of a stored sentence's columns, each with its path", () => {
  it("finds nothing wrong with columns that keep every rule, or that leave optional ones out", () => {
    expect(columnProblems(GOOD)).toEqual([]);
    expect(columnProblems({ words: ["only"] })).toEqual([]);
  });

  it("a sentence without words", () => {
    expect(columnProblems({ words: [] })).toEqual([{ path: ["words"], message: "a sentence has no words" }]);
  });

  it("a word without text, by its position", () => {
    expect(columnProblems({ ...GOOD, words: ["a", "", "c"] })).toEqual([
      { path: ["words", 1], message: "a word has no text" },
    ]);
  });

  it("a time that is not whole milliseconds; null (untimed) is allowed", () => {
    expect(columnProblems({ ...GOOD, starts: [0, null, 10], ends: [100, 200.5, 50] })).toEqual([
      { path: ["ends", 1], message: "200.5 is not whole milliseconds" },
    ]);
  });

  it("a column with a different number of entries than words", () => {
    expect(columnProblems({ ...GOOD, starts: [0, 0], timings: "aaxx" })).toEqual([
      { path: ["starts"], message: "has 2 entries for 3 words" },
      { path: ["timings"], message: "has 4 entries for 3 words" },
    ]);
  });

  it("note positions past the last word or not ascending", () => {
    expect(columnProblems({ ...GOOD, notes: [1, 1, 3] }).map((p) => p.path)).toEqual([
      ["notes", 1],
      ["notes", 2],
    ]);
  });
});
