import { describe, expect, it } from "vitest";
import { createEpisodeSearcher } from "@/lib/search/episode-searcher";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { episodeSearchIndexSchema } from "@/lib/search/search-doc";
import { loadEpisode, rankTexts } from "./search-helpers";

// Episode A's searcher, restored from its serialised index as the page does.
const searcher = createEpisodeSearcher(
  episodeSearchIndexSchema.parse(
    JSON.parse(JSON.stringify(buildEpisodeSearchIndex(loadEpisode("hugging-face-watsonx")))),
  ),
);
const ids = (query: string) => searcher.search(query).map((hit) => hit.doc.id);
const speakerOf = (query: string) => {
  const doc = searcher.search(query)[0]?.doc;
  return doc?.speaker === undefined ? undefined : searcher.index.speakers[doc.speaker]?.name;
};

describe("episode A: the quotes readers remember", () => {
  it("“omnipotent AI model” finds Malcolm Gladwell's sentence in the intro", () => {
    const [first] = searcher.search("omnipotent AI model");
    expect(first?.doc.text).toContain("the singular, omnipotent AI model is a myth");
    expect(speakerOf("omnipotent AI model")).toBe("Malcolm Gladwell");
    expect(searcher.index.sections[first?.doc.section ?? -1]?.id).toBe("open-source-ai-powers-business");
    expect(first?.phrase).toBe(true);
  });

  it("“atention is all you need” (a typo) ranks Jeff Boudier's sentence naming the paper first", () => {
    const [first] = searcher.search("atention is all you need");
    expect(first?.doc.id).toBe("s-503417");
    expect(first?.doc.start).toBeCloseTo(503.4, 0); // 8:23
    expect(speakerOf("atention is all you need")).toBe("Jeff Boudier");
  });

  it("“open-source” and “open source” find the same passages", () => {
    const hyphen = ids("open-source");
    expect(hyphen.length).toBeGreaterThan(20);
    expect(ids("open source")).toEqual(hyphen);
    expect(ids("Open Source")).toEqual(hyphen);
    expect(ids("“open source”")).toEqual(hyphen);
  });

  it("exact phrases rank before scattered words", () => {
    const hits = searcher.search("open source models");
    const firstScattered = hits.findIndex((hit) => !hit.phrase);
    expect(hits.slice(0, firstScattered).every((hit) => hit.phrase)).toBe(true);
    expect(hits[0]?.doc.text.toLowerCase()).toMatch(/open[- ]source models/);
    expect(hits.slice(firstScattered).some((hit) => hit.phrase)).toBe(false);
  });

  it.each(["(", "*", "[", "'", '"', "“", ")(", "[*]", "\\", "^$", "|", "=open", "!source", "'open"])(
    "%j is harmless: no throw, sensible results",
    (query) => {
      expect(() => searcher.search(query)).not.toThrow();
      const letters = query.replace(/[^a-z]/gi, "");
      if (!letters) expect(searcher.search(query)).toEqual([]);
      else expect(searcher.search(query).map((h) => h.doc.id)).toEqual(ids(letters));
    },
  );

  it("editorial notes are not matched", () => {
    expect(ids("BOO-dee-ay")).toEqual([]);
    expect(ids("Brew-Ghare")).toEqual([]);
  });

  it("accents and case do not matter", () => {
    expect(ids("clement delangue")).toEqual(ids("Clément Delangue"));
    expect(ids("CLEMENT")[0]).toBe(ids("Clément")[0]);
  });

  it("a 500-character query does not throw", () => {
    expect(() => searcher.search("open source ".repeat(50))).not.toThrow();
  });
});

describe("small corpora", () => {
  const texts = [
    "The model is a tool.",
    "Attention is all you need, they said.",
    "All of you need attention.",
    "We pay attention to what you need, all of it.",
    "Open-source models are fine.",
    "It's an “open source” model.",
    "Café culture in Zürich.",
  ];

  it("GOOD: the phrase first, then the same words scattered", () => {
    const hits = rankTexts(texts, "attention is all you need");
    expect(hits[0]).toBe("Attention is all you need, they said.");
    expect(hits).toContain("We pay attention to what you need, all of it.");
  });

  it("GOOD: typos in long words, and one wrong word in four, still find the phrase", () => {
    expect(rankTexts(texts, "atention is all you ned")[0]).toBe("Attention is all you need, they said.");
    expect(rankTexts(texts, "attenshun is all you need")[0]).toBe("Attention is all you need, they said.");
  });

  it("BAD: short words must be spelt right; two wrong words in five is too many", () => {
    expect(rankTexts(texts, "atention is al you ned")).toEqual([]);
  });

  it("GOOD: the word being typed matches as a prefix", () => {
    expect(rankTexts(texts, "open source mod")).toEqual([
      "Open-source models are fine.",
      "It's an “open source” model.",
    ]);
    expect(rankTexts(texts, "zur")).toEqual(["Café culture in Zürich."]);
    expect(rankTexts(texts, "cafe")).toEqual(["Café culture in Zürich."]);
  });

  it("BAD: words that are not there give nothing; adding words narrows", () => {
    expect(rankTexts(texts, "banana")).toEqual([]);
    expect(rankTexts(texts, "model banana")).toEqual([]);
    expect(rankTexts(texts, "model").length).toBeGreaterThan(rankTexts(texts, "model tool").length);
  });

  it("BAD: a finished short word is not a prefix of longer ones", () => {
    expect(rankTexts(["Isolated.", "It is."], "is ")).toEqual(["It is."]);
  });

  it("BAD: an empty or punctuation-only query matches nothing", () => {
    expect(rankTexts(texts, "")).toEqual([]);
    expect(rankTexts(texts, "  “ ” — ")).toEqual([]);
  });

  it("ties keep document order", () => {
    expect(rankTexts(["b model", "a model", "c model"], "model")).toEqual(["b model", "a model", "c model"]);
  });
});
