import { describe, expect, it } from "vitest";
import { buildCues, chunkWords, MAX_CUE_CHARS, wrapCueText } from "@/lib/export/build-cues";
import { ADA, VOICE_2, makeEpisode } from "./episode-fixture";

const LONG =
  "This is a deliberately long sentence that keeps going well past the length of two caption lines, " +
  "so that the export has to split it at word boundaries into several cues timed by their words.";

describe("buildCues", () => {
  it("gives one cue per timed sentence with the speaker's name, or their label when unnamed", () => {
    const episode = makeEpisode(
      [
        { speakerId: "ada-lovelace", sentences: [{ text: "Hello there.", start: 1, end: 2 }] },
        { speakerId: "voice-2", sentences: [{ text: "Hi Ada.", start: 2.5, end: 3.25 }] },
        { sentences: [{ text: "Nobody said this.", start: 4, end: 5 }] },
      ],
      [ADA, VOICE_2],
    );
    expect(buildCues(episode)).toEqual([
      { id: expect.any(String), start: 1, end: 2, speaker: "Ada Lovelace", text: "Hello there." },
      { id: expect.any(String), start: 2.5, end: 3.25, speaker: "Speaker 2", text: "Hi Ada." },
      { id: expect.any(String), start: 4, end: 5, text: "Nobody said this." },
    ]);
  });

  it("splits a long sentence at word boundaries into cues of at most 84 characters timed by the words", () => {
    const episode = makeEpisode(
      [{ speakerId: "ada-lovelace", sentences: [{ text: LONG, start: 10, end: 30 }] }],
      [ADA],
    );
    const sentence = episode.transcript.turns[0]?.paragraphs[0]?.sentences[0];
    const cues = buildCues(episode);
    expect(cues.length).toBeGreaterThan(2);
    expect(cues.map((c) => c.text).join(" ")).toBe(LONG);
    for (const cue of cues) expect(cue.text.length).toBeLessThanOrEqual(MAX_CUE_CHARS);
    expect(cues.map((c) => c.id)).toEqual(
      [sentence?.id, `${sentence?.id}/2`, `${sentence?.id}/3`].slice(0, cues.length),
    );
    expect(cues[0]?.start).toBe(10);
    expect(cues.at(-1)?.end).toBe(30);
    // Each later cue starts where its first word starts.
    let wordIndex = 0;
    for (const cue of cues) {
      expect(cue.start).toBe(wordIndex === 0 ? 10 : sentence?.words[wordIndex]?.start);
      wordIndex += cue.text.split(" ").length;
    }
  });

  it("interpolates cue times over the sentence when its words carry none", () => {
    const episode = makeEpisode([{ sentences: [{ text: LONG, start: 0, end: 19, untimedWords: true }] }]);
    const cues = buildCues(episode);
    expect(cues.length).toBeGreaterThan(1);
    for (let k = 1; k < cues.length; k++) {
      expect(cues[k]?.start).toBeGreaterThan(cues[k - 1]?.start ?? Infinity);
      expect(cues[k]?.start).toBeCloseTo(cues[k - 1]?.end ?? NaN, 0);
    }
    expect(cues.at(-1)?.end).toBe(19);
  });

  it("gives a single word longer than a cue a cue of its own", () => {
    const word = "x".repeat(100);
    expect(
      chunkWords([{ text: "a" }, { text: word }, { text: "b" }]).map((c) => c.map((w) => w.text)),
    ).toEqual([["a"], [word], ["b"]]);
  });

  it("is empty for an empty or untimed transcript", () => {
    expect(buildCues(makeEpisode([]))).toEqual([]);
    expect(buildCues(makeEpisode([{ sentences: [{ text: "No times here." }] }]))).toEqual([]);
  });

  it("drops cues before 0 s, clamps starts to 0, keeps starts in order and makes every cue last", () => {
    const episode = makeEpisode([
      {
        sentences: [
          { text: "Before the episode.", start: -5, end: -1 },
          { text: "Across zero.", start: -0.5, end: 0.75 },
          { text: "Instant.", start: 2, end: 2 },
          { text: "Out of order.", start: 1.5, end: 3 },
          { text: "Same start.", start: 5, end: 5.5 },
          { text: "Same start again.", start: 5, end: 6 },
        ],
      },
    ]);
    expect(buildCues(episode).map(({ start, end, text }) => ({ start, end, text }))).toEqual([
      { start: 0, end: 0.75, text: "Across zero." },
      { start: 2, end: 2.001, text: "Instant." },
      { start: 2, end: 3, text: "Out of order." },
      { start: 5, end: 5.5, text: "Same start." },
      { start: 5, end: 6, text: "Same start again." },
    ]);
  });

  it("leaves material outside the primary media out", () => {
    const episode = makeEpisode([{ sentences: [{ text: "Main.", start: 1, end: 2 }] }]);
    const promo = makeEpisode([{ sentences: [{ text: "A promo.", start: -30, end: -20 }] }]).transcript.turns;
    episode.transcript.outside.push({ id: "outside-1", label: "Promo", source: "fixture.vtt", turns: promo });
    expect(buildCues(episode).map((c) => c.text)).toEqual(["Main."]);
  });
});

describe("wrapCueText", () => {
  it("keeps short text on one line and balances long text over two", () => {
    expect(wrapCueText("Short and sweet.")).toBe("Short and sweet.");
    const wrapped = wrapCueText("Welcome to Smart Talks with IBM, a podcast from Pushkin Industries.");
    expect(wrapped.split("\n")).toEqual([
      "Welcome to Smart Talks with IBM,",
      "a podcast from Pushkin Industries.",
    ]);
    expect(wrapCueText("y".repeat(60))).toBe("y".repeat(60));
  });
});

describe("buildCues with notes", () => {
  it("keeps editorial notes out of the cue text and lists them beside it", () => {
    const episode = makeEpisode([
      { sentences: [{ text: "Meet Boudier [BOO-dee-ay], our guest [JAH].", start: 1, end: 3 }] },
      { sentences: [{ text: "[applause]", start: 3, end: 4 }] },
    ]);
    expect(buildCues(episode).map(({ text, notes }) => ({ text, notes }))).toEqual([
      { text: "Meet Boudier, our guest.", notes: ["[BOO-dee-ay]", "[JAH]"] },
    ]);
  });

  it("splits the spoken words only, each note going with the cue of the word before it", () => {
    const words = [..."abcdefghijkl"].map((c) => c.repeat(8));
    const text = ["[lead]", ...words.slice(0, 9), "[after-i]", ...words.slice(9), "[end]."].join(" ");
    const cues = buildCues(makeEpisode([{ sentences: [{ text, start: 0, end: 12 }] }]), 40);
    expect(cues.length).toBeGreaterThan(2);
    expect(cues.map((c) => c.text).join(" ")).toBe(`${words.join(" ")}.`);
    for (const cue of cues) expect(cue.text.length).toBeLessThanOrEqual(40);
    expect(cues[0]?.notes).toContain("[lead]");
    expect(cues.find((c) => c.text.split(" ").includes("iiiiiiii"))?.notes).toContain("[after-i]");
    expect(cues.at(-1)?.notes).toContain("[end]");
  });
});
