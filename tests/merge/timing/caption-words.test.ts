import { describe, expect, it } from "vitest";
import { captionWordsOf } from "@/lib/merge/timing/caption-words";
import { timeCaptionOnlyWords } from "@/lib/merge/timing/timed-words";
import { IDENTITY } from "@/lib/merge/clock/linear-clock";

describe("captionWordsOf", () => {
  it("spreads a cue over its words by length; only the first word's start is the source's", () => {
    const words = captionWordsOf([{ start: 10, end: 16, voice: "Speaker 1", text: "ab cdefgh", line: 3 }]);
    // Weights: "ab" 3, "cdefgh" 7 → 6 s × 3/10 = 1.8 s.
    expect(words.map((w) => [w.text, w.start, w.end, w.firstInCue, w.exact])).toEqual([
      ["ab", 10, 11.8, true, true],
      ["cdefgh", 11.8, 16, false, false],
    ]);
  });

  it("keeps each timed part's own times, even across a pause, and spreads a part of several words over it", () => {
    const words = captionWordsOf([
      {
        start: 1,
        end: 9,
        voice: "Ann Lee",
        text: "I am here then",
        line: 4,
        parts: [
          { text: "I", start: 1, end: 1.25 },
          { text: "am", start: 5, end: 5.5 },
          { text: "here then", start: 7, end: 9 },
        ],
      },
    ]);
    expect(words.map((w) => [w.text, w.start, w.end, w.firstInCue, w.exact, w.cue, w.voice])).toEqual([
      ["I", 1, 1.25, true, true, 0, "Ann Lee"],
      ["am", 5, 5.5, false, true, 0, "Ann Lee"],
      ["here", 7, 8, false, true, 0, "Ann Lee"],
      ["then", 8, 9, false, false, 0, "Ann Lee"],
    ]);
    expect(timeCaptionOnlyWords(words, IDENTITY).map((w) => w.timing)).toEqual([
      "exact",
      "exact",
      "exact",
      "estimated",
    ]);
  });
});
