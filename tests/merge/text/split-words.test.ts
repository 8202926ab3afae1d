import { describe, expect, it } from "vitest";
import { splitWords } from "@/lib/merge/text/split-words";

describe("splitWords", () => {
  it("keeps bracketed notes as single note words", () => {
    const w = splitWords("Sarah Bruguiere [Brew-Ghare (hard\u00a0 G!)], and Jeff [BOO-dee-ay], Head");
    expect(w.map((x) => x.text)).toEqual([
      "Sarah",
      "Bruguiere",
      "[Brew-Ghare (hard G!)],",
      "and",
      "Jeff",
      "[BOO-dee-ay],",
      "Head",
    ]);
    expect(w.filter((x) => x.note).length).toBe(2);
  });
});
