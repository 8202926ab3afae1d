import { describe, expect, it } from "vitest";
import { getDrawerLabel } from "@/lib/view/drawer-label";

describe("getDrawerLabel", () => {
  it.each([
    [["Sections", 3, 0], "Sections and key points"],
    [["Chapters", 0, 2], "Chapters and highlights"],
    [["Sections", 3, 2], "Sections, key points and highlights"],
    [[undefined, 3, 0], "Key points"],
    [[undefined, 0, 1], "Highlights"],
    [["Sections", 0, 0], "Sections"],
    [[undefined, 0, 0], undefined],
  ] as const)("%j → %j", ([nav, keyPoints, highlights], label) => {
    expect(getDrawerLabel(nav, keyPoints, highlights)).toBe(label);
  });
});
