import { describe, expect, it } from "vitest";
import { findMatchRanges } from "@/lib/search/find-match-ranges";
import { buildExcerpt } from "@/lib/search/build-excerpt";
import { markedTexts as marked } from "./search-helpers";

describe("findMatchRanges", () => {
  it("marks the phrase as one range, typos included, and only the phrase when it is there", () => {
    const text = "A very important paper called “Attention Is All You Need.” It is all.";
    expect(marked(text, "atention is all you need")).toEqual(["Attention Is All You Need"]);
  });

  it("marks each matching word when the words are scattered, short words only inside a run", () => {
    expect(marked("Open models: is it open? The source is key.", "open source is")).toEqual([
      "Open",
      "open",
      "source is",
    ]);
  });

  it("marks whole words for a prefix and a typo, across hyphens and curly apostrophes", () => {
    expect(marked("The transformers library", "transform")).toEqual(["transformers"]);
    expect(marked("the leading open-source platform", "open source")).toEqual(["open-source"]);
    expect(marked("Hugging Face’s repositories", "hugging faces")).toEqual(["Hugging Face’s"]);
    expect(marked("Clément Delangue", "clement")).toEqual(["Clément"]);
  });

  it("with the search's forms, marks each form found as the word itself, and a typo only when it is one", () => {
    const text = "The development team shipped, enveloping the communities' models.";
    const found = new Map([
      ["developing", new Set(["development"])],
      ["community", new Set(["communities"])],
    ]);
    const forms = (queryWord: string, word: string) => found.get(queryWord)?.has(word) ?? false;
    const slices = (query: string, given = forms) =>
      findMatchRanges(text, query, undefined, given).map(([a, b]) => text.slice(a, b));
    // GOOD: forms far from the typed word (no typo of it, no prefix) are marked.
    expect(slices("developing")).toEqual(["development"]);
    expect(slices("community")).toEqual(["communities"]);
    // BAD: "enveloping" is two letters from `developing` but no form the search found; a form
    // of another word is not one of this word's; the word as typed is always marked.
    expect(slices("developing", () => false)).toEqual([]);
    expect(slices("models")).toEqual(["models"]);
    expect(slices("develop")).toEqual(["development"]); // a prefix, as before
    // Without forms (the page's own search), typos are marked, forms far from the word are not.
    expect(marked(text, "developing")).toEqual(["enveloping"]);
  });

  it("marks nothing for an empty or punctuation-only query", () => {
    expect(findMatchRanges("Some text", "")).toEqual([]);
    expect(findMatchRanges("Some (text)", "(")).toEqual([]);
  });
});

describe("buildExcerpt", () => {
  it("keeps a short text whole, marking the ranges", () => {
    const text = "Attention is all you need.";
    expect(buildExcerpt(text, [[0, 9]])).toEqual([
      { text: "Attention", mark: true },
      { text: " is all you need.", mark: false },
    ]);
  });

  it("cuts a long text around the first match at word boundaries", () => {
    const text = `${"word ".repeat(100)}needle ${"tail ".repeat(100)}`;
    const start = text.indexOf("needle");
    const parts = buildExcerpt(text, [[start, start + 6]], 80);
    expect(parts[0]).toEqual({ text: "…", mark: false });
    expect(parts.at(-1)).toEqual({ text: "…", mark: false });
    expect(parts.find((p) => p.mark)?.text).toBe("needle");
    const shown = parts.map((p) => p.text).join("");
    expect(shown.length).toBeLessThanOrEqual(84);
    expect(shown).toMatch(/^…word /);
  });
});
