import { describe, expect, it } from "vitest";
import { nameVoices } from "@/lib/merge/speakers/name-voices";

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
      exact: true,
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
