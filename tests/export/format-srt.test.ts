import { describe, expect, it } from "vitest";
import { formatSrt } from "@/lib/export/format-srt";
import { parseSrt } from "@/lib/parse/parse-srt";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

describe("formatSrt", () => {
  it("numbers cues, writes comma times and names each new speaker", () => {
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

  it("names the speaker only on the first cue after the speaker changes, as subtitles do", () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ") + ".";
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: long, start: 0, end: 10 }] },
        { speakerId: "ada-lovelace", sentences: [{ text: "Still me.", start: 10, end: 11 }] },
        { speakerId: "voice-2", sentences: [{ text: "Me now.", start: 11, end: 12 }] },
        { sentences: [{ text: "Nobody.", start: 12, end: 13 }] },
        { speakerId: "voice-2", sentences: [{ text: "Me again.", start: 13, end: 14 }] },
      ],
      [ADA, VOICE_2],
    );
    const texts = formatSrt(episode)
      .trimEnd()
      .split("\n\n")
      .map((block) => block.split("\n").slice(2).join(" "));
    expect(texts.length).toBeGreaterThan(5);
    expect(texts[0]).toMatch(/^Ada Lovelace: word0 /);
    // Ada's later cues (the rest of the long sentence, then her next turn) carry no name.
    expect(texts.slice(1, -4).every((t) => /^word\d/.test(t))).toBe(true);
    expect(texts.slice(-4)).toEqual(["Still me.", "Speaker 2: Me now.", "Nobody.", "Speaker 2: Me again."]);
  });

  it("leaves editorial notes out: SRT has no comment form", () => {
    const episode = makeEpisode(
      [
        {
          speakerId: "ada-lovelace",
          sentences: [{ text: "I met Jeff Boudier [BOO-dee-ay], today.", start: 1, end: 4 }],
        },
      ],
      [ADA],
    );
    expect(formatSrt(episode)).toBe(
      "1\n00:00:01,000 --> 00:00:04,000\nAda Lovelace: I met Jeff Boudier, today.\n\n",
    );
  });

  it("parses back cleanly in strict mode with the same times and words, the speaker named at each change", () => {
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
    expect(parsed.value.cues.length).toBeGreaterThan(2);
    expect(parsed.value.cues.map((c) => c.voice)).toEqual([
      "Ada Lovelace",
      ...parsed.value.cues.slice(2).map(() => undefined),
      "Speaker 2",
    ]);
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
