import { describe, expect, it } from "vitest";
import { formatSrt } from "@/lib/export/format-srt";
import { parseSrt } from "@/lib/parse/parse-srt";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

describe("formatSrt", () => {
  it("numbers cues, writes comma times and labels each cue with its speaker", () => {
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: "Hello there.", start: 1.5, end: 2.25 }] },
        { speakerId: "voice-2", sentences: [{ text: "Hi.", start: 3661, end: 3662.125 }] },
        { sentences: [{ text: "Nobody.", start: 3663, end: 3664 }] },
      ],
      [ADA, VOICE_2],
    );
    expect(formatSrt(episode)).toBe(
      [
        "1",
        "00:00:01,500 --> 00:00:02,250",
        "Ada Lovelace: Hello there.",
        "",
        "2",
        "01:01:01,000 --> 01:01:02,125",
        "Speaker 2: Hi.",
        "",
        "3",
        "01:01:03,000 --> 01:01:04,000",
        "Nobody.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("parses back cleanly in strict mode with the same speakers, times and words", () => {
    const long =
      "A sentence long enough to need more than one subtitle, because nobody can read ninety characters " +
      "at once while also listening to what is being said.";
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: long, start: 0, end: 12 }] },
        { speakerId: "voice-2", sentences: [{ text: "Agreed.", start: 12.5, end: 13 }] },
      ],
      [ADA, VOICE_2],
    );
    const parsed = parseSrt(formatSrt(episode), { strict: true });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.cues.map((c) => c.text).join(" ")).toBe(`${long} Agreed.`);
    expect(new Set(parsed.value.cues.map((c) => c.voice))).toEqual(new Set(["Ada Lovelace", "Speaker 2"]));
    expect(parsed.value.cues[0]?.start).toBe(0);
    expect(parsed.value.cues.at(-1)?.end).toBe(13);
  });

  it("writes text as it is (SRT has no escaping) and clamps negative times", () => {
    const episode = makeEpisode([{ sentences: [{ text: "Fish & chips <cheap>.", start: -1, end: 1 }] }]);
    expect(formatSrt(episode)).toBe("1\n00:00:00,000 --> 00:00:01,000\nFish & chips <cheap>.\n\n");
  });

  it("is an empty file for an empty or untimed transcript", () => {
    expect(formatSrt(makeEpisode([]))).toBe("");
    expect(formatSrt(makeEpisode([{ sentences: [{ text: "Untimed." }] }]))).toBe("");
  });
});
