import { describe, expect, it } from "vitest";
import { stepSection } from "@/lib/sync/step-section";

const starts = [251, 0, 555, 251, 900];

describe("stepSection: next", () => {
  it.each([
    [0, 251],
    [100, 251],
    [251, 555], // just landed on a start: move on
    [251.2, 555],
    [600, 900],
  ])("from %d s → %d s", (t, expected) => {
    expect(stepSection(starts, t, 1)).toBe(expected);
  });

  it("has no next after the last section or without sections", () => {
    expect(stepSection(starts, 900, 1)).toBeUndefined();
    expect(stepSection([], 10, 1)).toBeUndefined();
  });
});

describe("stepSection: previous", () => {
  it.each([
    [300, 251], // 49 s into a section: back to its start
    [253, 0], // 2 s in: the section before
    [251, 0], // on a start: the section before
    [556, 251],
    [2, 0], // 2 s into the first section: restart it
    [1000, 900],
  ])("from %d s → %d s", (t, expected) => {
    expect(stepSection(starts, t, -1)).toBe(expected);
  });

  it("has no previous at the very start or before the first section", () => {
    expect(stepSection(starts, 0, -1)).toBeUndefined();
    expect(stepSection([100, 200], 50, -1)).toBeUndefined();
  });

  it("ignores non-finite starts", () => {
    expect(stepSection([Number.NaN, 100], 150, -1)).toBe(100);
  });
});
