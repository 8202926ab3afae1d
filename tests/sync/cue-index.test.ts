import { describe, expect, it } from "vitest";
import { createCueIndex, cueContains, findActive } from "@/lib/sync/cue-index";

// Three sentences with a pause between the second and the third:
// #0 [10, 12)  #1 [12, 15)  gap 15..20  #2 [20, 24)
const sentences = createCueIndex([10, 12, 20], [12, 15, 24]);

describe("findActive", () => {
  it("answers -1 for an empty index", () => {
    expect(findActive(createCueIndex([], []), 5)).toBe(-1);
  });

  it("answers -1 before the first cue and for NaN", () => {
    expect(findActive(sentences, 0)).toBe(-1);
    expect(findActive(sentences, 9.999)).toBe(-1);
    expect(findActive(sentences, -3)).toBe(-1);
    expect(findActive(sentences, Number.NaN)).toBe(-1);
  });

  it("finds the cue containing t", () => {
    expect(findActive(sentences, 10)).toBe(0);
    expect(findActive(sentences, 11.5)).toBe(0);
    expect(findActive(sentences, 13)).toBe(1);
    expect(findActive(sentences, 23.9)).toBe(2);
  });

  it("gives a shared boundary to the cue that starts there", () => {
    expect(findActive(sentences, 12)).toBe(1);
    expect(findActive(sentences, 11.999)).toBe(0);
  });

  it("keeps the last spoken cue through a gap and after the last cue", () => {
    expect(findActive(sentences, 15)).toBe(1);
    expect(findActive(sentences, 19.99)).toBe(1);
    expect(findActive(sentences, 20)).toBe(2);
    expect(findActive(sentences, 1e9)).toBe(2);
    expect(findActive(sentences, Infinity)).toBe(2);
  });

  it("picks the running cue when a short cue inside a long one has ended", () => {
    // #0 [0, 10) is a long sentence; #1 [2, 4) an interjection inside it; #2 starts at 12.
    const overlapping = createCueIndex([0, 2, 12], [10, 4, 14]);
    expect(findActive(overlapping, 1)).toBe(0);
    expect(findActive(overlapping, 3)).toBe(1); // both contain 3: the later start wins
    expect(findActive(overlapping, 5)).toBe(0); // #1 is over, #0 still runs
    expect(findActive(overlapping, 11)).toBe(0); // nothing runs: the cue that ended last
    expect(findActive(overlapping, 12)).toBe(2);
  });

  it("keeps the last-started cue in a gap when it also ended last", () => {
    // #0 [0, 5) and #1 [3, 8) overlap; in the gap 8..12 #1 ended last and started last.
    const crosstalk = createCueIndex([0, 3, 12], [5, 8, 13]);
    expect(findActive(crosstalk, 4)).toBe(1);
    expect(findActive(crosstalk, 6)).toBe(1);
    expect(findActive(crosstalk, 9)).toBe(1);
  });

  it("sorts unsorted input and answers with input positions", () => {
    const unsorted = createCueIndex([20, 10, 12], [24, 12, 15]);
    expect(findActive(unsorted, 10.5)).toBe(1);
    expect(findActive(unsorted, 13)).toBe(2);
    expect(findActive(unsorted, 21)).toBe(0);
    expect(Array.from(unsorted.starts)).toEqual([10, 12, 20]);
  });

  it("keeps input order for equal starts and answers the later one", () => {
    const ties = createCueIndex([5, 5], [6, 7]);
    expect(findActive(ties, 5)).toBe(1);
    expect(findActive(ties, 6.5)).toBe(1);
  });

  it("treats a missing end as a zero-length cue that stays active until the next start", () => {
    const words = createCueIndex([1, 2, 3], [Number.NaN, Number.NaN, Number.NaN]);
    expect(findActive(words, 1)).toBe(0);
    expect(findActive(words, 2.5)).toBe(1);
    expect(findActive(words, 99)).toBe(2);
    expect(cueContains(words, 0, 1)).toBe(false);
  });

  it("works on a large index", () => {
    const starts = Array.from({ length: 10_000 }, (_, i) => i * 3);
    const index = createCueIndex(
      starts,
      starts.map((s) => s + 2),
    );
    expect(findActive(index, 3 * 4321 + 1)).toBe(4321);
    expect(findActive(index, 3 * 4321 + 2.5)).toBe(4321); // in the gap
  });
});

describe("createCueIndex", () => {
  it("rejects arrays of different lengths", () => {
    expect(() => createCueIndex([1, 2], [3])).toThrow(RangeError);
  });

  it("rejects a start that is not a finite number", () => {
    expect(() => createCueIndex([1, Number.NaN], [2, 3])).toThrow(/start #1/);
    expect(() => createCueIndex([Infinity], [2])).toThrow(RangeError);
  });
});

describe("cueContains", () => {
  it("is true on [start, end) only", () => {
    expect(cueContains(sentences, 1, 12)).toBe(true);
    expect(cueContains(sentences, 1, 14.99)).toBe(true);
    expect(cueContains(sentences, 1, 15)).toBe(false);
    expect(cueContains(sentences, 1, 11)).toBe(false);
    expect(cueContains(sentences, 7, 11)).toBe(false);
  });
});
