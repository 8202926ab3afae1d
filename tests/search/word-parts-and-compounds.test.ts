import { describe, expect, it } from "vitest";
import { joinedWord } from "@/lib/search/compound-match";
import { createEpisodeSearcher } from "@/lib/search/episode-searcher";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { loadEpisode, markedTexts as marked, rankTexts } from "./search-helpers";

describe("a part of a word finds the word", () => {
  it("GOOD: `GPT` finds `ChatGPT`, and the word itself ranks above the word it is part of", () => {
    const texts = ["I asked ChatGPT about it", "nothing here", "GPT is a model"];
    expect(rankTexts(texts, "GPT")).toEqual(["GPT is a model", "I asked ChatGPT about it"]);
    expect(rankTexts(texts, "gpt ")).toEqual(["GPT is a model", "I asked ChatGPT about it"]);
  });

  it("GOOD: in a query of several words, the sentence with the whole words ranks first", () => {
    const texts = ["we talked about ChatGPT models", "we talked about GPT models"];
    expect(rankTexts(texts, "gpt models")).toEqual([texts[1], texts[0]]);
  });

  it("BAD: 1–2 letters never find a part (`ai` is not in `said`), nor does a misspelt part", () => {
    expect(rankTexts(["she said it again", "maintain it", "AI is here"], "ai")).toEqual(["AI is here"]);
    expect(rankTexts(["she said it again", "maintain it", "AI is here"], "ai ")).toEqual(["AI is here"]);
    expect(rankTexts(["I asked ChatGPT about it"], "gtp")).toEqual([]);
  });

  it("GOOD: `AI` and `A.I.` find each other, not a sentence saying `a` and `I`", () => {
    const texts = ["A.I. will change work", "AI agents act", "a plan I like"];
    for (const query of ["AI", "A.I.", "a.i. "])
      expect(rankTexts(texts, query).sort(), query).toEqual(["A.I. will change work", "AI agents act"]);
    expect(marked("The A.I. era", "AI")).toEqual(["A.I"]);
  });

  it("BAD: a common short word keeps its own sentences first, the parts after", () => {
    const texts = ["together we go", "rather not", "the end", "on the way"];
    const hits = rankTexts(texts, "the ");
    expect(hits.slice(0, 2).sort()).toEqual(["on the way", "the end"]);
  });

  it("marks only the part that matched, inside the word", () => {
    expect(marked("I asked ChatGPT, then GPT-4.", "GPT")).toEqual(["GPT", "GPT"]);
    expect(marked("Hugging Face’s Transformers", "former", ["trans"])).toEqual(["former"]);
    expect(marked("the Décembrist", "embrist", ["dec"])).toEqual(["embrist"]);
    // Folding changed the length (`ß` → `ss`): the whole word is marked rather than a wrong stretch.
    expect(marked("eine Großstadt", "stadt", ["gross"])).toEqual(["Großstadt"]);
  });

  it("BAD: a part is a word beside words, not letters inside one: `red hat` finds no `that`, `shared`", () => {
    const texts = [
      "The transformer that has conquered it",
      "an incredible shared win",
      "Red Hat ships Linux",
    ];
    expect(rankTexts(texts, "red hat")).toEqual(["Red Hat ships Linux"]);
    expect(rankTexts(texts, "hat")).toEqual(["Red Hat ships Linux"]);
    expect(rankTexts(texts, "red ")).toEqual(["Red Hat ships Linux"]);
    expect(marked("Red Hat said that it shared", "red hat")).toEqual(["Red Hat"]);
    // Short rests are no words, even where the search has them: `st` + `art` + `ed`.
    expect(rankTexts(["we started", "st ed"], "art")).toEqual([]);
    expect(marked("Hugging Face’s Transformers", "former")).toEqual([]);
  });

  it("GOOD: a part beside a word, a number, a plural `s`, or a piece written with capitals (`GitHub`)", () => {
    expect(rankTexts(["we use GitHub daily", "the hub of it"], "hub")).toEqual([
      "the hub of it",
      "we use GitHub daily",
    ]);
    expect(marked("we use GitHub daily", "hub")).toEqual(["Hub"]);
    // However short the other piece: `Py` + `Torch`, `i` + `Phone`.
    expect(rankTexts(["PyTorch is fast", "an iPhone app", "a torch"], "torch")).toEqual([
      "a torch",
      "PyTorch is fast",
    ]);
    expect(rankTexts(["PyTorch is fast", "an iPhone app"], "phone")).toEqual(["an iPhone app"]);
    expect(marked("PyTorch and iPhones", "torch phone")).toEqual(["Torch", "Phone"]);
    // A lower-case compound needs its other word in the search's vocabulary.
    expect(rankTexts(["huggingface hosts it", "a face"], "face")).toEqual(["a face"]);
    expect(rankTexts(["huggingface hosts it", "a face", "hugging is kind"], "face")).toEqual([
      "a face",
      "huggingface hosts it",
    ]);
    expect(marked("huggingface hosts it", "face", ["hugging"])).toEqual(["face"]);
    expect(rankTexts(["custom GPTs for all", "the gpt3 paper"], "gpt").sort()).toEqual([
      "custom GPTs for all",
      "the gpt3 paper",
    ]);
  });

  it("episode A: `GPT` finds the sentence that says “ChatGPT came online”", () => {
    const searcher = createEpisodeSearcher(buildEpisodeSearchIndex(loadEpisode("hugging-face-watsonx")));
    const texts = searcher.search("GPT").map((hit) => hit.doc.text);
    expect(texts.some((text) => text.includes("ChatGPT came online"))).toBe(true);
  });
});

describe("joined, split and hyphenated compounds find each other", () => {
  const texts = ["open source AI wins", "opensource AI wins", "open-source AI wins"];

  it("GOOD: each spelling finds all three, its own spelling first", () => {
    for (const query of ["opensource", "open source", "open-source", "opensource ai", "open source ai"]) {
      const hits = rankTexts(texts, query);
      expect([...hits].sort(), query).toEqual([...texts].sort());
    }
    expect(rankTexts(texts, "opensource")[0]).toBe("opensource AI wins");
    expect(rankTexts(texts, "open source ")[0]).not.toBe("opensource AI wins");
  });

  it("GOOD: while the word is being typed (`opensou`, `open sou`)", () => {
    expect(rankTexts(["open source AI"], "opensou")).toEqual(["open source AI"]);
    expect(rankTexts(["opensource AI"], "open sou")).toEqual(["opensource AI"]);
  });

  it("BAD: the parts must stand side by side, be 2+ letters and make a word of 6+", () => {
    expect(rankTexts(["open the source"], "opensource")).toEqual([]);
    expect(rankTexts(["log in to the site"], "into ")).toEqual([]);
    expect(rankTexts(["we went around"], "a round ")).toEqual([]);
  });

  it("BAD: a word is not split at a stopword, nor two typed words joined across one", () => {
    const texts = ["the rapist fled", "my therapist said so", "a notable result", "we are not able to"];
    expect(rankTexts(texts, "therapist")).toEqual(["my therapist said so"]);
    expect(rankTexts(texts, "notable")).toEqual(["a notable result"]);
    // While typed, the beginning of a word of the text is no more split than the word.
    expect(rankTexts(texts, "therap")).toEqual(["my therapist said so"]);
    // Typed apart, the words are parts of the joined word (`GPT` in `ChatGPT`), which comes after.
    expect(rankTexts(texts, "the rapist")).toEqual(["the rapist fled", "my therapist said so"]);
    expect(rankTexts(texts, "not able ")).toEqual(["we are not able to", "a notable result"]);
    expect(marked("my therapist, not the rapist", "therapist")).toEqual(["therapist"]);
    expect(marked("my therapist said so", "the rapist ", ["the"])).toEqual(["rapist"]);
  });

  it("GOOD: a typed word that is no word of the text may be split at a stopword (`ofcourse`)", () => {
    // `course`, two letters short, is a close word too: after.
    expect(rankTexts(["the course", "of course not"], "ofcourse")[0]).toBe("of course not");
    expect(rankTexts(["each other", "each one"], "eachother")).toEqual(["each other"]);
    expect(marked("well, of course not", "ofcourse")).toEqual(["of course"]);
  });

  it("marks the split or joined spelling as one stretch", () => {
    expect(marked("the open-source models", "opensource")).toEqual(["open-source"]);
    expect(marked("the open source models", "opensource models")).toEqual(["open source models"]);
    expect(marked("the opensource models", "open source")).toEqual(["opensource"]);
    expect(marked("the open source models", "opensou")).toEqual(["open source"]);
  });
});

describe("joinedWord", () => {
  it("GOOD: the word two typed words join into, a name and its number too", () => {
    expect(joinedWord("open", "source")).toBe("opensource");
    expect(joinedWord("gpt", "4")).toBe("gpt4");
  });

  it("BAD: none for a stopword or pieces too short to join (isCompound)", () => {
    expect(joinedWord("the", "rapist")).toBe("");
    expect(joinedWord("ab", "cd")).toBe("");
    expect(joinedWord("a", "model")).toBe("");
  });
});

describe("a name and its number are one compound, however short", () => {
  it("GOOD: `gpt4` finds `GPT-4` as a compound, above a typo's `GPT`, and `gpt 4` or `GPT-4` finds `GPT4`", () => {
    expect(rankTexts(["GPT is old", "we tried GPT-4 today"], "gpt4")).toEqual([
      "we tried GPT-4 today",
      "GPT is old",
    ]);
    for (const query of ["gpt 4", "GPT-4"])
      expect(rankTexts(["GPT is old", "GPT4 is out"], query), query).toEqual(["GPT4 is out"]);
  });

  it("marks the number with its name as one stretch", () => {
    expect(marked("we tried GPT-4 today", "gpt4")).toEqual(["GPT-4"]);
    expect(marked("GPT4 is out", "gpt 4")).toEqual(["GPT4"]);
  });

  it("BAD: a one-letter name or a stopword keeps its number, and a split stands side by side", () => {
    expect(marked("the h 100 line", "h100")).toEqual(["100"]);
    expect(rankTexts(["log in 2 minutes"], "in2")).toEqual([]);
    expect(marked("GPT is used by 4 people", "gpt4")).toEqual(["GPT"]);
  });
});
