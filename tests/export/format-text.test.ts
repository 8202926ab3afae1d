import { describe, expect, it } from "vitest";
import { formatText } from "@/lib/export/format-text";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

describe("formatText", () => {
  it("writes title, show and date, then one speaker-labelled paragraph per line with its time", () => {
    const episode = makeEpisode(
      [
        {
          speakerId: "ada-lovelace",
          sentences: [
            { text: "Hello there.", start: 61.9, end: 63 },
            { text: "Fish & chips <cheap>.", start: 63, end: 65 },
          ],
        },
        { speakerId: "voice-2", sentences: [{ text: "Hi.", start: 3725, end: 3726 }] },
      ],
      [ADA, VOICE_2],
      { show: "The Show", published: "2024-05-01" },
    );
    expect(formatText(episode)).toBe(
      [
        "Fixture episode",
        "The Show · 2024-05-01",
        "",
        "[1:01] Ada Lovelace: Hello there. Fish & chips <cheap>.",
        "",
        "[1:02:05] Speaker 2: Hi.",
        "",
      ].join("\n"),
    );
  });

  it("leaves out the time of untimed paragraphs, the label of turns without speaker and negative times", () => {
    const episode = makeEpisode([
      { sentences: [{ text: "No speaker, no time." }] },
      { sentences: [{ text: "Before zero.", start: -4, end: -1 }] },
    ]);
    expect(formatText(episode)).toBe("Fixture episode\n\nNo speaker, no time.\n\n[0:00] Before zero.\n");
  });

  it("leaves editorial notes out of the text, their trailing punctuation kept with the sentence", () => {
    const episode = makeEpisode(
      [
        {
          speakerId: "ada-lovelace",
          sentences: [{ text: "I met Jeff Boudier [BOO-dee-ay], today.", start: 2, end: 4 }],
        },
        { speakerId: "voice-2", sentences: [{ text: "[laughs]" }] },
      ],
      [ADA, VOICE_2],
    );
    expect(formatText(episode)).toBe("Fixture episode\n\n[0:02] Ada Lovelace: I met Jeff Boudier, today.\n");
  });

  it("is the title alone for an empty transcript", () => {
    expect(formatText(makeEpisode([]))).toBe("Fixture episode\n");
  });
});
