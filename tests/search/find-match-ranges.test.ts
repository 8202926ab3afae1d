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

  it("marks another form of a word (same English stem) as the word, from 3 letters typed, no stopword", () => {
    const text = "The development team shipped, enveloping the communities' models.";
    // GOOD: forms far from the typed word (no typo of it, no prefix) are marked, as found.
    // …and no typo ("enveloping", two letters off) of a word the text has in another form.
    expect(marked(text, "developing")).toEqual(["development"]);
    expect(marked(text, "community")).toEqual(["communities"]);
    expect(marked(text, "model")).toEqual(["models"]);
    expect(marked("Our AI is here.", "AI's")).toEqual(["AI"]);
    // BAD: a stopword has no forms (`its` would find every "it"); nor does another stem.
    expect(marked("It is its own thing.", "its")).toEqual(["its"]);
    expect(marked(text, "shipping")).toEqual(["shipped"]);
    expect(marked(text, "teamwork")).toEqual([]);
  });

  it("with the library's forms, marks those its stemmer reads apart, and a typo only when it is one", () => {
    const text = "We add to it, enveloping the development team.";
    const found = new Map([
      ["adding", new Set(["add"])],
      ["developing", new Set(["development"])],
    ]);
    const forms = (queryWord: string, word: string) => found.get(queryWord)?.has(word) ?? false;
    const slices = (query: string) =>
      findMatchRanges(text, query, undefined, forms).map(([a, b]) => text.slice(a, b));
    // PostgreSQL's Snowball stems `adding` as "add", Porter2 here as "ad" (word-stem.test.ts).
    expect(slices("adding")).toEqual(["add"]);
    expect(marked(text, "adding")).toEqual([]);
    // "enveloping" is two letters from `developing`, but the library read no typo of it.
    expect(slices("developing")).toEqual(["development"]);
  });

  it("BAD: a word the episode (or the text) says marks no typos of it, as the page's search finds none", () => {
    expect(marked("I can't say we can or want", "cant ")).toEqual(["can't"]);
    expect(marked("we can or want", "cant ", ["cant"])).toEqual([]);
    expect(marked("the model and the mode", "model ")).toEqual(["model"]);
  });

  it("BAD: nor typos of a word the text has as the beginning of one, or in another form", () => {
    expect(marked("IBM watsonx, and what was said", "wats")).toEqual(["watsonx"]);
    expect(marked("we work at scale, staying calm", "scaling ")).toEqual(["scale"]);
  });

  it("GOOD: a word neither says is marked where a typo of it stands", () => {
    expect(marked("we can or want", "cant ")).toEqual(["can", "want"]);
    expect(marked("the model and the mode", "modle ")).toEqual(["model", "mode"]);
  });

  it("BAD: a finished word marks no beginning with a typo in it; one being typed does", () => {
    expect(marked("we met Salesforce today", "scale ")).toEqual([]);
    expect(marked("we met Salesforce today", "scale")).toEqual(["Salesforce"]);
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
