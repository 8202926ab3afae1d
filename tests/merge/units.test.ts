import { describe, expect, it } from "vitest";
import { alignTokens } from "@/lib/merge/align-words";
import { fitClock } from "@/lib/merge/fit-clock";
import { normalizeToken, tokenizeText } from "@/lib/merge/normalize-token";
import { splitSentences } from "@/lib/merge/split-sentences";
import { splitWords } from "@/lib/merge/split-words";
import { slugify, UniqueSlugger } from "@/lib/merge/slugify";
import { supportKeyPoints } from "@/lib/merge/support-key-points";
import { tokenSimilarity } from "@/lib/merge/token-similarity";
import { stripLabels } from "@/lib/merge/map-chunks";
import { nameVoices } from "@/lib/merge/name-voices";
import { alignmentPair } from "./helpers/synthetic-sources";

const words = (text: string) =>
  splitWords(text).map((w) => ({ text: w.text, ...(w.note ? { note: true as const } : {}) }));
const sentences = (text: string) => splitSentences(words(text)).map((s) => s.map((w) => w.text).join(" "));

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
    expect(tokenizeText("open source")).toEqual(normalizeToken("open-source"));
  });
});

describe("tokenSimilarity", () => {
  it("accepts typical machine misspellings and rejects different words", () => {
    expect(tokenSimilarity("hiking", "hugging")).toBeGreaterThanOrEqual(0.55);
    expect(tokenSimilarity("boutier", "boudier")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("intrigue", "intrigued")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("model", "banana")).toBeLessThan(0.55);
    expect(tokenSimilarity("same", "same")).toBe(1);
  });
});

describe("alignTokens", () => {
  it("aligns with insertions, deletions and misspellings", () => {
    const a = tokenizeText("so tell us a little bit about hugging face and about what you do there");
    const b = tokenizeText(
      "welcome to the show so tell us little bit about hiking face and and about what you do",
    );
    const map = alignTokens(a, b);
    const pairs = [...map].map((j, i) => (j >= 0 ? `${a[i]}=${b[j]}` : `${a[i]}=-`));
    expect(pairs).toContain("hugging=hiking");
    expect(pairs).toContain("so=so");
    expect(pairs).toContain("a=-");
    expect(pairs).toContain("there=-");
    expect(b[map[0] ?? -1]).toBe("so");
  });

  it("is monotone and near-linear on long sequences with a leading promo", () => {
    const { a, b, promo } = alignmentPair(7);
    // Its speed is a bench row (scripts/bench/bench-merge.ts), not a wall-clock assertion here.
    const map = alignTokens(a, b);
    let last = -1;
    let matched = 0;
    for (const j of map) {
      if (j < 0) continue;
      expect(j).toBeGreaterThan(last);
      expect(j).toBeGreaterThanOrEqual(promo.length);
      last = j;
      matched++;
    }
    expect(matched / a.length).toBeGreaterThan(0.95);
  });

  it("handles empty and fully different inputs", () => {
    expect([...alignTokens([], ["a"])]).toEqual([]);
    expect([...alignTokens(["a"], [])]).toEqual([-1]);
    const map = alignTokens(
      Array.from({ length: 500 }, (_, i) => `a${i}`),
      Array.from({ length: 700 }, (_, i) => `zz${i}`),
    );
    expect([...alignTokens(["x2017"], ["x2018"])]).toEqual([-1]);
    expect([...map].every((j) => j === -1)).toBe(true);
  });
});

describe("fitClock", () => {
  it("recovers offset and rate despite outliers", () => {
    const pairs = Array.from({ length: 100 }, (_, i) => ({
      from: 60 + i * 10,
      to: 1.01 * (60 + i * 10) - 42 + ((i * 7) % 10) / 10 - 0.45,
    }));
    for (let i = 0; i < 15; i++) pairs.push({ from: i * 3, to: 500 + i });
    const fit = fitClock(pairs);
    expect(fit?.rate).toBeCloseTo(1.01, 3);
    expect(fit?.offset).toBeCloseTo(-42, 0);
    expect(fit?.inliers).toBe(100);
  });

  it("fixes the rate at 1 for short spans and single pairs", () => {
    expect(fitClock([{ from: 10, to: 5 }])).toMatchObject({ rate: 1, offset: -5 });
    expect(
      fitClock([
        { from: 10, to: 5 },
        { from: 20, to: 16 },
        { from: 30, to: 25 },
      ])?.rate,
    ).toBe(1);
    expect(fitClock([])).toBeUndefined();
  });
});

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

describe("slugs", () => {
  it("are unique and match ^[a-z0-9-]+$", () => {
    const s = new UniqueSlugger();
    expect(s.slug("Open‑Source AI Powers Business", "x")).toBe("open-source-ai-powers-business");
    expect(s.slug("Open-Source AI Powers Business", "x")).toBe("open-source-ai-powers-business-1");
    expect(s.slug("Café & Crème", "x")).toBe("cafe--creme".replace("--", "-"));
    expect(s.slug("!!!", "section")).toBe("section");
    expect(slugify("日本語", "speaker")).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("stripLabels", () => {
  it("removes known labels only", () => {
    expect(stripLabels("that. Tim Harford: Jeff Boudier. Thank you", ["Tim Harford", "Jeff Boudier"])).toBe(
      "that. Jeff Boudier. Thank you",
    );
  });
});

describe("supportKeyPoints", () => {
  it("scores related sentences in 0..1 and returns nothing when unrelated", () => {
    const s = [
      { id: "s-1", text: "Hugging Face is the open platform where researchers share pretrained models." },
      { id: "s-2", text: "We had lunch and talked about the weather in London today." },
      { id: "s-3", text: "Yes." },
    ];
    const [a, b] = supportKeyPoints(
      [
        "Researchers share pretrained models on the Hugging Face platform.",
        "Quantum chromodynamics lattice gauge",
      ],
      s,
    );
    expect(a?.[0]?.sentenceId).toBe("s-1");
    expect(a?.every((x) => x.score > 0 && x.score <= 1)).toBe(true);
    expect(b).toEqual([]);
  });
});

describe("nameVoices", () => {
  it("names by shared aligned words, not by order, and leaves a stranger unnamed", () => {
    const captions = [
      "Speaker 1",
      "Speaker 2",
      "Speaker 2",
      "Speaker 2",
      "Speaker 3",
      "Speaker 3",
      "Speaker 3",
    ].map((voice, i) => ({
      text: `w${i}`,
      note: false,
      start: i,
      end: i + 1,
      voice,
      cue: i,
      firstInCue: true,
    }));
    const speakerOfWord = ["Bob", "Bob", "Bob", "Ann", "Ann", "Ann"];
    const captionOfWord = Int32Array.from([1, 2, 3, 4, 5, 6]);
    const names = nameVoices(speakerOfWord, captionOfWord, captions);
    expect(names.map((n) => [n.voice, n.name])).toEqual([
      ["Speaker 1", undefined],
      ["Speaker 2", "Bob"],
      ["Speaker 3", "Ann"],
    ]);
  });
});
