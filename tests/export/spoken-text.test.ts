import { describe, expect, it } from "vitest";
import { separateNotes, spokenText } from "@/lib/export/spoken-text";

const note = (text: string) => ({ text, note: true as const });

describe("separateNotes", () => {
  it("takes notes out and moves punctuation after a note's bracket to the spoken word before it", () => {
    const words = [
      { text: "Jeff", start: 1 },
      { text: "Boudier", start: 2 },
      note("[BOO-dee-ay],"),
      { text: "hello." },
    ];
    expect(separateNotes(words)).toEqual({
      words: [{ text: "Jeff", start: 1 }, { text: "Boudier,", start: 2 }, { text: "hello." }],
      notes: [{ text: "[BOO-dee-ay]", after: 1 }],
    });
  });

  it("does not double punctuation, and a note that opens the run follows no word", () => {
    expect(separateNotes([{ text: "well," }, note("[laughs],"), { text: "yes" }]).words).toEqual([
      { text: "well," },
      { text: "yes" },
    ]);
    expect(separateNotes([note("[Brew-Ghare (hard G!)],"), { text: "yes" }])).toEqual({
      words: [{ text: "yes" }],
      notes: [{ text: "[Brew-Ghare (hard G!)]", after: -1 }],
    });
  });
});

describe("spokenText", () => {
  it("joins the spoken words, and is empty when all are notes", () => {
    expect(spokenText([{ text: "Hi" }, note("[JAH]"), { text: "there." }])).toBe("Hi there.");
    expect(spokenText([note("[applause]")])).toBe("");
  });

  it("keeps words that are not marked as notes exactly as written", () => {
    expect(spokenText([{ text: "[not" }, { text: "a" }, { text: "note]," }])).toBe("[not a note],");
  });
});
