import { describe, expect, it } from "vitest";
import { storedTurnProblems } from "@/lib/model/transcript-schema";

const sentence = (id: string, words: string[]) => ({ id, words });

describe("storedTurnProblems: the rules of a stored turn below its own fields, with paths in it", () => {
  it("finds nothing wrong with a turn of paragraphs of sentences of words", () => {
    const turn = { id: "t-1", paragraphs: [{ id: "p-1", sentences: [sentence("s-1", ["Hi."])] }] };
    expect(storedTurnProblems(turn)).toEqual([]);
  });

  it("a turn without paragraphs", () => {
    expect(storedTurnProblems({ id: "t-1", paragraphs: [] })).toEqual([
      { path: ["paragraphs"], message: "a turn has no paragraphs" },
    ]);
  });

  it("a paragraph without sentences, and a sentence's own problem under its path", () => {
    const turn = {
      id: "t-1",
      paragraphs: [
        { id: "p-1", sentences: [sentence("s-1", ["Hi."])] },
        { id: "p-2", sentences: [] },
        { id: "p-3", sentences: [sentence("s-2", ["a"]), sentence("s-3", ["b", ""])] },
      ],
    };
    expect(storedTurnProblems(turn)).toEqual([
      { path: ["paragraphs", 1, "sentences"], message: "a paragraph has no sentences" },
      { path: ["paragraphs", 2, "sentences", 1, "words", 1], message: "a word has no text" },
    ]);
  });
});
