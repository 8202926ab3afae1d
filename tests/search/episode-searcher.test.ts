import { describe, expect, it } from "vitest";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { createEpisodeSearcher } from "@/lib/search/episode-searcher";
import { makeEpisode } from "../export/episode-fixture";

const TEXTS = ["open source wins", "an open platform", "the source of truth", "open models and open source"];

/** The texts an episode of these sentences finds for `query`, as its page's search gives them. */
function found(query: string, texts: readonly string[] = TEXTS): string[] {
  const turns = texts.map((text, i) => ({ sentences: [{ text, start: i * 10, end: i * 10 + 5 }] }));
  const searcher = createEpisodeSearcher(buildEpisodeSearchIndex(makeEpisode(turns)));
  return searcher.search(query).map((hit) => hit.doc.text);
}

describe("the page's search leaves out what a query excludes, as /search does", () => {
  it('GOOD: `open -source` finds what says open and not source; `-"open source"` a phrase', () => {
    expect(found("open -source")).toEqual(["an open platform"]);
    expect(found('open -"open source"').sort()).toEqual(["an open platform"]);
    expect(found("source -open")).toEqual(["the source of truth"]);
  });

  it("BAD: an exclusion alone finds nothing, and a hyphenated word is no exclusion", () => {
    expect(found("-open")).toEqual([]);
    expect(found("open-source").length).toBeGreaterThan(1);
    expect(found("open-source")).toContain("open source wins");
  });
});

describe("the page's search keeps a quoted phrase word for word, as /search does", () => {
  it('GOOD: `"open source"` finds only what says it so; the last word of an open quote may be a beginning', () => {
    expect(found('"open source"').sort()).toEqual(["open models and open source", "open source wins"]);
    expect(found('"source of"')).toEqual(["the source of truth"]);
    expect(found('"open sou').sort()).toEqual(["open models and open source", "open source wins"]);
  });

  it("BAD: the words in another order, apart, or misspelt inside quotes find nothing", () => {
    // Unquoted, each of these finds sentences (the words anywhere, typos allowed).
    expect(found('"source open"')).toEqual([]);
    expect(found('"open truth"')).toEqual([]);
    expect(found('"opne source"')).toEqual([]);
    expect(found("opne source").length).toBeGreaterThan(0);
  });
});

describe("the page's search finds a word's other forms, as /search does (English stems)", () => {
  const FORMS = [
    "the development team shipped",
    "we are developing it",
    "an envelope",
    "it is here",
    "communities grew",
  ];

  it("GOOD: `developing` finds “development” after the word itself; `community` finds “communities”", () => {
    // Before, /search listed a hit for `developing` whose episode then said "No matches".
    expect(found("developing ", FORMS)).toEqual(["we are developing it", "the development team shipped"]);
    expect(found("community ", FORMS)).toEqual(["communities grew"]);
    // A form is found, and typos of the word (2 letters from `scaling`) are not read beside it.
    expect(found("scaling ", ["we keep staying", "a calling", "at scale"])).toEqual(["at scale"]);
  });

  it("BAD: a stopword has no forms (`its`, `it's` folded, finds no “it”), nor a word of another stem", () => {
    expect(found("its ", FORMS)).toEqual([]);
    expect(found("developed envelope", FORMS)).toEqual([]);
    expect(found("teamwork ", FORMS)).toEqual([]);
  });
});

describe("the page's search reads typos only in a word the episode lacks, as /search does", () => {
  const SAYS = ["I can't go", "we can do it", "they want it", "the model works", "a mode switch"];

  it("GOOD: a word the episode says finds itself, its beginnings and forms, not other words a typo away", () => {
    expect(found("cant ", SAYS)).toEqual(["I can't go"]);
    expect(found("model ", SAYS)).toEqual(["the model works"]);
    expect(found("models ", SAYS)).toEqual(["the model works"]);
  });

  it("GOOD: nor typos of a word the episode says only as the beginning of one, or in another form", () => {
    const texts = ["IBM watsonx is here", "what was that", "we keep staying", "a calling", "at scale"];
    expect(found("wats", texts)).toEqual(["IBM watsonx is here"]);
    expect(found("scaling ", texts)).toEqual(["at scale"]);
  });

  it("BAD: a word the episode lacks is still read as its typos", () => {
    // `modle` is no word of these: a typo of "model" and of "mode", as before.
    expect(found("modle ", SAYS).sort()).toEqual(["a mode switch", "the model works"]);
  });

  it("BAD: a beginning of 4 letters has no typo in it; 5–8 letters one (`wont` is no “cont|ribute”)", () => {
    const texts = ["we contribute code", "in six months", "the transformers library"];
    expect(found("wont", texts)).toEqual([]);
    expect(found("tarns", texts)).toEqual(["the transformers library"]);
  });

  it("BAD: a finished word is no beginning with a typo, while one being typed may be (`scale ` ≠ “Salesforce”)", () => {
    const texts = ["we met Salesforce today", "the transformers library", "nothing else"];
    expect(found("scale", texts)).toEqual(["we met Salesforce today"]);
    expect(found("scale ", texts)).toEqual([]);
    expect(found("tarns library", texts)).toEqual([]);
    expect(found("library tarns", texts)).toEqual(["the transformers library"]);
  });
});
