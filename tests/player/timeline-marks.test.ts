import { describe, expect, it } from "vitest";
import { describePosition, indexMarks, markTitleAt, percentOf } from "@/lib/player/timeline-marks";

describe("percentOf", () => {
  it("places a time on the bar and clamps outside it", () => {
    expect(percentOf(30, 120)).toBe("25.000%");
    expect(percentOf(-5, 120)).toBe("0.000%");
    expect(percentOf(500, 120)).toBe("100.000%");
  });

  it("gives 0% without a usable duration or time", () => {
    expect(percentOf(10, 0)).toBe("0%");
    expect(percentOf(Number.NaN, 100)).toBe("0%");
  });
});

describe("markTitleAt", () => {
  const sections = [
    { title: "Intro", start: 0, end: 60 },
    { title: "Models", start: 60, end: 300 },
    { title: "Outro", start: 400, end: 500 },
  ];
  const index = indexMarks(sections, 500);

  it("names the section playing at a time", () => {
    expect(markTitleAt(sections, index, 0)).toBe("Intro");
    expect(markTitleAt(sections, index, 59.9)).toBe("Intro");
    expect(markTitleAt(sections, index, 60)).toBe("Models");
    expect(markTitleAt(sections, index, 450)).toBe("Outro");
  });

  it("keeps the last section through a gap and names none before the first", () => {
    expect(markTitleAt(sections, index, 350)).toBe("Models");
    const late = [{ title: "Late", start: 30, end: 40 }];
    expect(markTitleAt(late, indexMarks(late, 100), 10)).toBe("");
  });

  it("runs a chapter without an end until the next one, in any input order", () => {
    const chapters = [
      { title: "Second", start: 100 },
      { title: "First", start: 0 },
    ];
    const chapterIndex = indexMarks(chapters, 200);
    expect(markTitleAt(chapters, chapterIndex, 99)).toBe("First");
    expect(markTitleAt(chapters, chapterIndex, 150)).toBe("Second");
  });

  it("names nothing without marks", () => {
    expect(markTitleAt([], indexMarks([], 100), 10)).toBe("");
  });
});

describe("describePosition", () => {
  it("reads time of duration", () => {
    expect(describePosition(516, 2530)).toBe("8:36 of 42:10");
  });
});
