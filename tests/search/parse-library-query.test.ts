import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_WORDS,
  parseLibraryQuery,
  quotedPhrases,
  splitExclusions,
} from "@/lib/search/parse-library-query";

describe("parseLibraryQuery", () => {
  it("splits words, quoted phrases (straight, curly, unclosed) and -exclusions, normalised", () => {
    expect(parseLibraryQuery('Open-Source “Face’s model” -closed -"big tech" "half')).toEqual({
      words: ["open", "source"],
      phrases: [["faces", "model"], ["half"]],
      excluded: [["closed"], ["big", "tech"]],
      typingLast: false,
      // `"half` is open at the end: its last word may be half typed.
      typingPhrase: true,
    });
  });

  it("knows when the last word may still be typed", () => {
    expect(parseLibraryQuery("attention is al").typingLast).toBe(true);
    expect(parseLibraryQuery("attention is al ").typingLast).toBe(false);
    expect(parseLibraryQuery('"attention"').typingLast).toBe(false);
    expect(parseLibraryQuery("attention -al").typingLast).toBe(false);
  });

  it("GOOD: knows when the last word of a quote still open may be typed", () => {
    for (const text of ['"open sou', "“open sou", 'models "open sou', '"open source" "the fut', '"gpt'])
      expect(parseLibraryQuery(text), text).toMatchObject({ typingPhrase: true, typingLast: false });
  });

  it("BAD: a closed quote, a space after it, an excluded phrase, words after it or a phrase cut short are typed out", () => {
    const cut = `"${"word ".repeat(MAX_QUERY_WORDS)}more`;
    for (const text of [
      '"open sou"',
      '"open sou ',
      '-"open sou',
      '"open" sou',
      "open sou",
      '"',
      '"open!',
      cut,
    ])
      expect(parseLibraryQuery(text).typingPhrase, text).toBe(false);
    expect(parseLibraryQuery('"open" sou').typingLast).toBe(true);
  });

  it("BAD: punctuation, markup and SQL are words or nothing; at most MAX_QUERY_WORDS words", () => {
    expect(parseLibraryQuery("'); drop table x; --")).toMatchObject({
      words: ["drop", "table", "x"],
      excluded: [],
    });
    expect(parseLibraryQuery("!&|<->:*()'\\")).toEqual({
      words: [],
      phrases: [],
      excluded: [],
      typingLast: false,
      typingPhrase: false,
    });
    expect(parseLibraryQuery("<b>hi</b>").words).toEqual(["b", "hi", "b"]);
    expect(parseLibraryQuery("word ".repeat(40)).words).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe("splitExclusions (the page's own search: what it ranks and marks, what it leaves out)", () => {
  it('GOOD: takes out `-word` and `-"phrase"` items (straight or curly quotes) and gives their words', () => {
    expect(splitExclusions("open -source")).toEqual({ rest: "open ", excluded: [["source"]] });
    expect(splitExclusions("-“Open Source” models")).toEqual({
      rest: " models",
      excluded: [["open", "source"]],
    });
    expect(splitExclusions("-open")).toEqual({ rest: "", excluded: [["open"]] });
  });

  it("BAD: a hyphen inside a word, a lone minus or one before no letter excludes nothing, and the text stays as typed", () => {
    for (const text of ["open-source", "open - source", "a -!! b", "“quoted” words", ""])
      expect(splitExclusions(text), text).toEqual({ rest: text, excluded: [] });
  });
});

describe("quotedPhrases", () => {
  it("GOOD: the phrases asked for, straight or curly, and whether the last is still being typed", () => {
    expect(quotedPhrases('"open source" wins')).toEqual({ phrases: [["open", "source"]], typingLast: false });
    expect(quotedPhrases("“the gas” and “the engine”").phrases).toEqual([
      ["the", "gas"],
      ["the", "engine"],
    ]);
    expect(quotedPhrases('"open sou')).toEqual({ phrases: [["open", "sou"]], typingLast: true });
  });

  it("BAD: no phrase in plain words, an excluded phrase, an empty quote; a closed or spaced one is typed out", () => {
    expect(quotedPhrases("open source").phrases).toEqual([]);
    expect(quotedPhrases('open -"closed source"').phrases).toEqual([]);
    expect(quotedPhrases('"" open').phrases).toEqual([]);
    expect(quotedPhrases('"open source"').typingLast).toBe(false);
    expect(quotedPhrases('"open source ').typingLast).toBe(false);
    // The quote still open is an excluded phrase's: the phrase asked for is typed out.
    expect(quotedPhrases('"open source" -"closed sou').typingLast).toBe(false);
  });
});
