import { describe, expect, it } from "vitest";
import { tokenizeText, tokenizeWords } from "@/lib/merge/align/tokenize-words";
import { normalizeToken } from "@/lib/text/normalize-text";

describe("tokenizeText", () => {
  it("splits on whitespace and folds like normalizeToken", () => {
    expect(tokenizeText("open source")).toEqual(normalizeToken("open-source"));
  });
});

describe("tokenizeWords", () => {
  it("gives every token the index of the display word it came from", () => {
    const { tokens, wordOf } = tokenizeWords(["Open-Source", "—", "I’m", "here."]);
    expect(tokens).toEqual(["open", "source", "im", "here"]);
    expect([...wordOf]).toEqual([0, 0, 2, 3]);
  });

  it("skips the words the predicate names (editorial notes) but keeps the others' indexes", () => {
    const { tokens, wordOf } = tokenizeWords(["Jeff", "[BOO-dee-ay],", "Head"], (i) => i === 1);
    expect(tokens).toEqual(["jeff", "head"]);
    expect([...wordOf]).toEqual([0, 2]);
  });
});
