import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/merge/text/split-sentences";
import { splitWords } from "@/lib/merge/text/split-words";

const words = (text: string) =>
  splitWords(text).map((w) => ({ text: w.text, ...(w.note ? { note: true as const } : {}) }));
const sentences = (text: string) => splitSentences(words(text)).map((s) => s.map((w) => w.text).join(" "));

describe("splitSentences", () => {
  it("handles abbreviations, decimals, ellipses, quotes, ? and !", () => {
    expect(sentences("Mr. Smith went to Washington. He paid 2.5 dollars!")).toEqual([
      "Mr. Smith went to Washington.",
      "He paid 2.5 dollars!",
    ]);
    expect(sentences("Models, e.g. transformers, are in the U.S. market. Really? Yes.")).toEqual([
      "Models, e.g. transformers, are in the U.S. market.",
      "Really?",
      "Yes.",
    ]);
    expect(
      sentences("He said “this is a picture of a dog.” Then he left… and came back... Later on."),
    ).toEqual(["He said “this is a picture of a dog.”", "Then he left… and came back...", "Later on."]);
    expect(sentences("Gladwell [JAH]. Next one")).toEqual(["Gladwell [JAH].", "Next one"]);
    expect(sentences("no punctuation at all")).toEqual(["no punctuation at all"]);
  });
});
