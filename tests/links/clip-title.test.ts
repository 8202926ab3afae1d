import { describe, expect, it } from "vitest";
import { MAX_CLIP_TITLE, readClipTitle, suggestClipTitle } from "@/lib/links/clip-title";

describe("suggestClipTitle", () => {
  it("is the words themselves when short, their first words with an ellipsis when long", () => {
    expect(suggestClipTitle("  We  shipped it.\n")).toBe("We shipped it.");
    const long =
      "The thing about building a search engine is that every query you did not expect arrives first";
    const title = suggestClipTitle(long);
    expect(title.length).toBeLessThanOrEqual(60);
    expect(title.endsWith("…")).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});

describe("readClipTitle", () => {
  it("cleans the title a link gives", () => {
    expect(readClipTitle("  Why\u0000 we\u202e built\n it ")).toBe("Why we built it");
    expect(readClipTitle(["First", "second"])).toBe("First");
  });

  it("has no title for a missing or empty one", () => {
    expect(readClipTitle(undefined)).toBeUndefined();
    expect(readClipTitle("")).toBeUndefined();
    expect(readClipTitle(" \u200b\t")).toBeUndefined();
    expect(readClipTitle([])).toBeUndefined();
  });

  it("cuts a long title to the limit", () => {
    const title = readClipTitle("word ".repeat(100));
    expect(title?.length).toBeLessThanOrEqual(MAX_CLIP_TITLE);
    expect(title?.endsWith("…")).toBe(true);
  });

  it("keeps markup as text (the page renders it as text)", () => {
    expect(readClipTitle("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
});
