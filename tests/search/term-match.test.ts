import { describe, expect, it } from "vitest";
import {
  FORM_QUALITY,
  matchTerm,
  matchTermExactly,
  maxPrefixTypos,
  maxTypos,
  PART_QUALITY,
  PREFIX_QUALITY,
  wordsWithPieces,
} from "@/lib/search/term-match";

describe("matchTermExactly", () => {
  it("GOOD: is matchTerm for the word itself, a form, a beginning and a part", () => {
    const chat = (word: string) => word === "chat";
    for (const [typed, word, prefix] of [
      ["attention", "attention", false],
      ["developing", "development", false],
      ["atten", "attention", true],
      ["gpt", "chatgpt", false],
    ] as const) {
      expect(matchTermExactly(typed, word, prefix, chat)).toBeGreaterThan(0);
      expect(matchTermExactly(typed, word, prefix, chat)).toBe(matchTerm(typed, word, prefix, chat));
    }
  });

  it("BAD: weighs no typo, where matchTerm finds one", () => {
    for (const [typed, word] of [
      ["atention", "attention"],
      ["modle", "model"],
      ["tarns", "transformers"],
    ]) {
      expect(matchTerm(typed as string, word as string, true)).toBeGreaterThan(0);
      expect(matchTermExactly(typed as string, word as string, true)).toBe(0);
    }
  });
});

describe("matchTerm", () => {
  it("ranks same word > another form > prefix > one typo > two typos", () => {
    expect(matchTerm("attention", "attention", false)).toBe(1);
    expect(matchTerm("developing", "development", false)).toBe(FORM_QUALITY);
    expect(matchTerm("transform", "transformers", true)).toBe(FORM_QUALITY); // a form first
    expect(matchTerm("atten", "attention", true)).toBe(PREFIX_QUALITY);
    expect(FORM_QUALITY).toBeGreaterThan(PREFIX_QUALITY);
    expect(matchTerm("atention", "attention", false)).toBe(0.7);
    expect(matchTerm("atenshun", "attention", false)).toBe(0);
    expect(matchTerm("atentoin", "attention", false)).toBe(0.55);
  });

  it("GOOD: common typos of a word match it", () => {
    for (const [typed, word] of [
      ["modle", "model"], // swapped letters
      ["mdoel", "model"],
      ["modell", "model"], // extra letter
      ["gitub", "github"], // missing letter
      ["omnipotant", "omnipotent"], // wrong letter
      ["librery", "library"],
    ])
      expect(matchTerm(typed as string, word as string, false), `${typed} → ${word}`).toBeGreaterThan(0);
  });

  it("BAD: short words must be exact, and unrelated words never match", () => {
    expect(maxTypos(3)).toBe(0);
    expect(matchTerm("is", "it", false)).toBe(0);
    expect(matchTerm("all", "ale", false)).toBe(0);
    expect(matchTerm("model", "money", false)).toBe(0);
    expect(matchTerm("source", "science", false)).toBe(0);
    expect(matchTerm("clement", "implementation", true)).toBe(0);
  });

  it("matches prefixes only when allowed, typos in a prefix only for long enough words", () => {
    // Not as a prefix, a word is found only as a part beside a word (below a prefix being typed).
    expect(matchTerm("trans", "transformers", false)).toBe(0);
    expect(matchTerm("trans", "transformers", false, (w) => w === "formers")).toBe(PART_QUALITY);
    expect(matchTerm("trans", "transformers", true)).toBe(PREFIX_QUALITY);
    expect(matchTerm("tarns", "transformers", true)).toBe(0.6);
    // A beginning with a typo begins too many words: none under 5 letters, one up to 8.
    expect(maxPrefixTypos(4)).toBe(0);
    expect(matchTerm("wont", "contribute", true)).toBe(0);
    expect(matchTerm("agentic", "anticipated", true)).toBe(0);
    expect(matchTerm("privacy", "privately", true)).toBe(0);
    expect(matchTerm("inteligense", "intelligences", true)).toBe(0.45);
    expect(matchTerm("tr", "transformers", true)).toBe(PREFIX_QUALITY);
    expect(matchTerm("tx", "transformers", true)).toBe(0);
  });

  it("GOOD: a word being typed may be a beginning with a typo (`scale` → “Salesforce”, `tarns` → “transformers”)", () => {
    expect(matchTerm("scale", "salesforce", true, undefined, true)).toBe(0.6);
    expect(matchTerm("tarns", "transformers", true, undefined, true)).toBe(0.6);
  });

  it("BAD: a finished word is a beginning only as typed: no typo in it (`scale ` is no “sale|sforce”)", () => {
    expect(matchTerm("scale", "salesforce", true, undefined, false)).toBe(0);
    expect(matchTerm("tarns", "transformers", true, undefined, false)).toBe(0);
    expect(matchTerm("inteligense", "intelligences", true, undefined, false)).toBe(0);
    // …while it keeps its beginnings as typed, and its typos as a whole word.
    expect(matchTerm("trans", "transformers", true, undefined, false)).toBe(PREFIX_QUALITY);
    expect(matchTerm("atention", "attention", true, undefined, false)).toBe(0.7);
  });

  it("GOOD: a typed word of 3+ letters finds the words it is part of, below the word itself", () => {
    const words =
      (...list: string[]) =>
      (w: string) =>
        list.includes(w);
    expect(matchTerm("gpt", "chatgpt", false, words("chat"))).toBe(PART_QUALITY);
    expect(matchTerm("source", "opensource", false, words("open"))).toBe(PART_QUALITY);
    expect(matchTerm("gpt", "chatgpts", false, words("chat"))).toBe(PART_QUALITY);
    expect(matchTerm("gpt", "gpt4", false)).toBe(PART_QUALITY);
    expect(matchTerm("llama", "codellama2", false, words("code"))).toBe(PART_QUALITY);
    // Pieces written with capitals count however short: `Py` + `Torch`, `i` + `Phone`.
    const pieces = wordsWithPieces(() => false, new Set(["py", "i"]));
    expect(matchTerm("torch", "pytorch", false, pieces)).toBe(PART_QUALITY);
    expect(matchTerm("phone", "iphones", false, pieces)).toBe(PART_QUALITY);
    expect(matchTerm("gpt", "gpt", false)).toBeGreaterThan(PART_QUALITY);
    expect(matchTerm("transform", "transformers", true)).toBeGreaterThan(PART_QUALITY);
  });

  it("BAD: no parts of 1–2 letters, no typos inside a part, never a longer typed word", () => {
    expect(matchTerm("ai", "said", false)).toBe(0);
    expect(matchTerm("ai", "again", true)).toBe(0);
    expect(matchTerm("gtp", "chatgpt", false)).toBe(0);
    expect(matchTerm("chatgpt", "gpt", false)).toBe(0);
  });

  it("BAD: a part is never letters inside a word: what stands beside it must be a word of 3+ letters", () => {
    const words = (...list: string[]) => wordsWithPieces((w) => list.includes(w), new Set());
    expect(matchTerm("hat", "that", false, words("t", "that"))).toBe(0);
    expect(matchTerm("red", "shared", false, words("share", "shared"))).toBe(0);
    expect(matchTerm("red", "incredible", false, words("inc", "credible"))).toBe(0);
    expect(matchTerm("art", "started", false, words("st", "ed"))).toBe(0);
    expect(matchTerm("gpt", "chatgpt", false)).toBe(0);
  });
});
