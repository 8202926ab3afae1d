import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import type { CaptionDoc, PlainTextDoc, SummaryPageDoc } from "@/lib/parse/types";
import { sentencesOf, src, wordsOf } from "./helpers/episode-utils";

// A hand-written episode: the audio runs 42 s ahead of the video (promo first),
// "hi" is transcribed in Ann's cue although Bob says it, "Ann." is misheard "an".
const plain: PlainTextDoc = {
  format: "plain-text",
  title: "Tiny Talk",
  turns: [
    {
      speaker: "Ann Lee",
      text: "Hello there. I am Ann [AN]. Welcome to the tiny show about open-source models.",
      line: 2,
    },
    {
      speaker: "Bob Stone",
      text: "Hi Ann, nice to meet you. Thanks for having me on the show today.",
      line: 3,
    },
  ],
};
const vtt: CaptionDoc = {
  format: "vtt",
  title: "Tiny Talk",
  cues: [
    { start: 30, end: 33, voice: "Speaker 1", text: "Buy our stuff now please friends.", line: 3 },
    { start: 34, end: 37, voice: "Speaker 1", text: "Support the tiny network today.", line: 6 },
    { start: 45, end: 48, voice: "Speaker 2", text: "Hello there. I am an. Welcome to", line: 9 },
    {
      start: 48,
      end: 51.5,
      voice: "Speaker 2",
      text: "the tiny show about open source models. Hi",
      line: 12,
    },
    { start: 51.5, end: 54, voice: "Speaker 3", text: "Ann, nice to meet you. Thanks for", line: 15 },
    { start: 54, end: 56.5, voice: "Speaker 3", text: "having me on the show today.", line: 18 },
  ],
};
const summary: SummaryPageDoc = {
  format: "summary-page",
  title: "Tiny Talk (video)",
  youtubeId: "abcdefghijk",
  duration: 20,
  keyPoints: [{ text: "Ann welcomes Bob to the tiny show about open-source models.", line: 1 }],
  summary: ["Ann and Bob meet."],
  sections: [
    { title: "Welcome", description: "Hello.", start: 0, line: 1 },
    { title: "Bob", description: "", start: 9, line: 2 },
  ],
  chunks: [
    { start: 3, text: "Ann Lee: Hello there. I am Ann [AN].", line: 5 },
    { start: 6, text: "Welcome to the tiny show about open-source models.", line: 6 },
    { start: 9, text: "Bob Stone: Hi Ann, nice to meet you.", line: 7 },
    { start: 12, text: "Thanks for having me on the show today.", line: 8 },
  ],
  turns: plain.turns,
};

describe("a tiny hand-written episode", () => {
  const ep = mergeEpisode({
    slug: "tiny",
    sources: [src("captions.vtt", vtt), src("page.txt", summary), src("transcript.txt", plain)],
  });

  it("is valid", () => {
    expect(() => encodeEpisode(ep)).not.toThrow();
  });

  it("fits video = audio − 42 s from the four chunk starts", () => {
    // "Hello" 45 → 3, "Welcome" ≈ 47.6 → 6 (late in its cue), "Hi" ≈ 51.3 → 9, "Thanks" ≈ 53.7 → 12.
    const clock = ep.sources.find((s) => s.id === "captions.vtt")?.clock;
    expect(clock?.rate).toBe(1); // four pairs spanning < 60 s: the rate is not fitted
    expect(clock?.offset).toBeGreaterThan(-42.5);
    expect(clock?.offset).toBeLessThan(-41.5);
    const hello = wordsOf(ep)[0];
    expect(hello).toMatchObject({ text: "Hello", timing: "aligned" });
    expect(Math.abs((hello?.start ?? 0) - 3)).toBeLessThan(0.5);
  });

  it("keeps Bob's 'Hi' in Bob's turn and names voices by shared words", () => {
    expect(ep.speakers.map((s) => [s.id, s.name, s.voices])).toEqual([
      ["ann-lee", "Ann Lee", ["Speaker 2"]],
      ["bob-stone", "Bob Stone", ["Speaker 3"]],
      ["voice-1", undefined, ["Speaker 1"]],
    ]);
    const sents = sentencesOf(ep);
    expect(sents.map((s) => [s.speakerId, s.text])).toEqual([
      ["ann-lee", "Hello there."],
      ["ann-lee", "I am Ann [AN]."],
      ["ann-lee", "Welcome to the tiny show about open-source models."],
      ["bob-stone", "Hi Ann, nice to meet you."],
      ["bob-stone", "Thanks for having me on the show today."],
    ]);
    const note = wordsOf(ep).find((w) => w.text === "[AN].");
    expect(note).toEqual({ text: "[AN].", note: true });
    // "Ann" is misheard "an": still aligned by similarity.
    expect(wordsOf(ep).find((w) => w.text === "Ann")?.timing).toBe("aligned");
  });

  it("puts the promo outside, on the video clock (negative), spoken by the unnamed voice", () => {
    expect(ep.transcript.outside).toHaveLength(1);
    const promo = ep.transcript.outside[0];
    expect(promo?.turns).toHaveLength(1);
    expect(promo?.turns[0]?.speakerId).toBe("voice-1");
    expect(promo?.turns[0]?.start).toBeCloseTo(-12, 0);
    expect(promo?.turns[0]?.end).toBeCloseTo(-5, 0);
    expect(promo?.turns[0]?.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))).toEqual([
      "Buy our stuff now please friends.",
      "Support the tiny network today.",
    ]);
  });

  it("derives ids, sections, key points and titles", () => {
    const sents = sentencesOf(ep);
    for (const s of sents) expect(s.id).toBe(`s-${Math.round((s.start ?? 0) * 1000)}`);
    expect(ep.sections).toEqual([
      { id: "welcome", title: "Welcome", description: "Hello.", start: 0, end: 9, source: "page.txt" },
      { id: "bob", title: "Bob", start: 9, end: 20, source: "page.txt" },
    ]);
    // The best passage holds the sentence that says what the point says.
    const best = ep.keyPoints[0]?.support[0];
    const at = (id: string | undefined) => sents.findIndex((s) => s.id === id);
    expect(at(best?.sentenceId)).toBeLessThanOrEqual(2);
    expect(at(best?.endSentenceId)).toBeGreaterThanOrEqual(2);
    expect(ep.title).toBe("Tiny Talk");
    expect(ep.titles.map((t) => t.source)).toEqual(["transcript.txt", "page.txt", "captions.vtt"]);
    expect(ep.duration).toBe(20);
  });

  it("with captions only: anonymous voices, cue starts exact", () => {
    const only = mergeEpisode({ slug: "tiny", sources: [src("captions.vtt", vtt)] });
    expect(() => encodeEpisode(only)).not.toThrow();
    expect(only.speakers.map((s) => [s.id, s.label, s.name])).toEqual([
      ["voice-1", "Speaker 1", undefined],
      ["voice-2", "Speaker 2", undefined],
      ["voice-3", "Speaker 3", undefined],
    ]);
    const words = wordsOf(only);
    expect(words.filter((w) => w.timing === "exact").map((w) => w.start)).toEqual([30, 34, 45, 48, 51.5, 54]);
    expect(only.transcript.turns.map((t) => t.speakerId)).toEqual(["voice-1", "voice-2", "voice-3"]);
    expect(only.sources[0]?.clock).toEqual({ offset: 0, rate: 1 });
  });
});
