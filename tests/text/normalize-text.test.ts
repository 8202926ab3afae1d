import { describe, expect, it } from "vitest";
import { normalizeText, normalizeToken, tokenize, tokenizeWithRanges } from "@/lib/text/normalize-text";

describe("normalizeText: GOOD — what a reader gets wrong still meets the text", () => {
  it.each([
    ["Open-Source", "open source"],
    ["open source", "open source"],
    ["open- science", "open science"],
    ["“Attention Is All You Need.”", "attention is all you need"],
    ['"Attention Is All You Need."', "attention is all you need"],
    ["Hugging Face’s", "hugging faces"],
    ["Hugging Face's", "hugging faces"],
    ["don’t", "dont"],
    ["Clément Delangue", "clement delangue"],
    ["CLÉMENT", "clement"],
    ["naïve café", "naive cafe"],
    ["Straße Łódź Ørsted", "strasse lodz orsted"],
    ["ﬁne", "fine"],
    ["AI—or all kinds", "ai or all kinds"],
    ["300,000 models", "300 000 models"],
    ["  many   spaces\tand\nlines ", "many spaces and lines"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it("curly and straight quotes, dashes and case give the same words", () => {
    expect(normalizeText("“one-model” MYTH")).toBe(normalizeText('"one model" myth'));
  });
});

describe("normalizeText: BAD — punctuation and syntax never survive", () => {
  it.each(["(", ")", "*", "[", "]", "'", '"', "“", "’", "\\", "^$.|?+{}", "<b>", "—", "🙂", ""])(
    "%j is no word at all or only its letters",
    (text) => {
      expect(normalizeText(text)).toBe(text === "<b>" ? "b" : "");
    },
  );

  it("does not split words at apostrophes, nor keep letters of other words together", () => {
    expect(tokenize("it's")).toEqual(["its"]);
    expect(tokenize("open-source")).not.toEqual(["opensource"]);
  });
});

describe("initialisms: the dots between single letters join, other dots separate", () => {
  it("GOOD: `A.I.` is the word `ai`, as typed either way", () => {
    expect(tokenize("A.I. is here")).toEqual(["ai", "is", "here"]);
    expect(normalizeText("A.I.")).toBe(normalizeText("AI"));
    expect(tokenize("the U.S.A, e.g., i.e. this")).toEqual(["the", "usa", "eg", "ie", "this"]);
    expect(tokenize("É.U. and Ö.B.B")).toEqual(["eu", "and", "obb"]);
  });

  it("BAD: a dot beside a longer word, a digit or a space still separates", () => {
    expect(tokenize("a Ph.D. student")).toEqual(["a", "ph", "d", "student"]);
    expect(tokenize("Node.js at t.co and x.AI")).toEqual(["node", "js", "at", "t", "co", "and", "x", "ai"]);
    expect(tokenize("v1.2 or 3.5 or A.2")).toEqual(["v1", "2", "or", "3", "5", "or", "a", "2"]);
    expect(tokenize("plan B. Then plan B.Then")).toEqual(["plan", "b", "then", "plan", "b", "then"]);
    expect(tokenize("A. I. said")).toEqual(["a", "i", "said"]);
  });

  it("the joined word spans its letters and inner dots", () => {
    const text = "The A.I. era";
    const ranges = tokenizeWithRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["The", "A.I", "era"]);
  });
});

describe("tokenizeWithRanges", () => {
  it("gives each word's place in the original text", () => {
    const text = "“Attention Is All,” she said.";
    const ranges = tokenizeWithRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Attention", "Is", "All", "she", "said"]);
    expect(ranges.map((r) => r.token)).toEqual(["attention", "is", "all", "she", "said"]);
  });

  it("keeps ranges right around letters outside the basic plane and decomposed accents", () => {
    const text = "𝒜 café\u0301 Face’s";
    const ranges = tokenizeWithRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["𝒜", "café\u0301", "Face’s"]);
    expect(ranges.map((r) => r.token)).toEqual(["a", "cafe", "faces"]);
  });
});

describe('tokenize, folding "transcript": the merge compares two texts of the same speech', () => {
  it("folds case, diacritics, quotes and punctuation and splits at dashes, like the reader folding", () => {
    for (const text of ["Open-Source", "“Transformers,”", "I’m I'm", "Café", "2017", "emoji—you", "—"])
      expect(tokenize(text, { folding: "transcript" })).toEqual(tokenize(text));
  });

  it("decomposes whole words: compatibility forms keep their digits, Greek keeps its final sigma", () => {
    expect(tokenize("⑴ ½", { folding: "transcript" })).toEqual(["1", "1", "2"]);
    expect(tokenize("⑴ ½")).toEqual([]);
    expect(tokenize("ΟΔΟΣ", { folding: "transcript" })).toEqual(tokenize("οδος", { folding: "transcript" }));
    expect(tokenize("ΟΔΟΣ")).toEqual(["οδοσ"]);
  });

  it("leaves letters without a decomposition as they are, and only true apostrophes join", () => {
    expect(tokenize("Straße Ørsted", { folding: "transcript" })).toEqual(["straße", "ørsted"]);
    expect(tokenize("don′t I´m", { folding: "transcript" })).toEqual(["don", "t", "i", "m"]);
    expect(tokenize("don′t I´m")).toEqual(["dont", "im"]);
  });

  it("normalizeToken folds one display word, the same way", () => {
    expect(normalizeToken("Open-Source")).toEqual(["open", "source"]);
    expect(normalizeToken("naïve")).toEqual(tokenize("naïve", { folding: "transcript" }));
    expect(normalizeToken("—")).toEqual([]);
  });
});

describe("normalizeToken", () => {
  it("folds case, diacritics, quotes and punctuation; splits hyphens", () => {
    expect(normalizeToken("Open-Source")).toEqual(["open", "source"]);
    expect(normalizeToken("“Transformers,”")).toEqual(["transformers"]);
    expect(normalizeToken("I’m")).toEqual(["im"]);
    expect(normalizeToken("I'm")).toEqual(["im"]);
    expect(normalizeToken("Café")).toEqual(["cafe"]);
    expect(normalizeToken("2017")).toEqual(["2017"]);
    expect(normalizeToken("emoji—you")).toEqual(["emoji", "you"]);
    expect(normalizeToken("—")).toEqual([]);
    expect(tokenize("open source", { folding: "transcript" })).toEqual(normalizeToken("open-source"));
  });
});
