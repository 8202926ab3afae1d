import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Episode, type Sentence } from "@/lib/model/episode-schema";
import { getQuote } from "@/lib/view/get-quote";
import { linkTimesForCues } from "@/lib/links/link-times-for-cues";
import { makeEpisode } from "../export/episode-fixture";

const speakers = [
  { id: "jeff", label: "Speaker 1", name: "Jeff", voices: [] },
  { id: "tim", label: "Speaker 2", name: "Tim", voices: [] },
];

// Episode A at 8:37, in small: the quoted sentence ends where the next speaker starts, and the
// one before ends where it starts.
const episode = makeEpisode(
  [
    { speakerId: "jeff", sentences: [{ text: "Before.", start: 508.4, end: 517.722 }] },
    { speakerId: "jeff", sentences: [{ text: "The quoted sentence.", start: 517.722, end: 524.068 }] },
    { speakerId: "tim", sentences: [{ text: "The next speaker.", start: 524.068, end: 526.882 }] },
  ],
  speakers,
);

describe("getQuote", () => {
  it("quotes exactly the sentences the page marks for a link", () => {
    expect(getQuote(episode, 517.8, 524)).toEqual({
      text: "The quoted sentence.",
      speaker: "Jeff",
      start: 517.722,
      end: 524.068,
    });
    expect(getQuote(episode, 517.8)?.text).toBe("The quoted sentence.");
    expect(getQuote(episode, 517.8, 524.5)?.text).toBe("The quoted sentence. The next speaker.");
  });

  it("does not quote a sentence whose long end runs past the start of the linked one", () => {
    const overlapping = makeEpisode(
      [
        { speakerId: "jeff", sentences: [{ text: "A long answer.", start: 1382.232, end: 1396.605 }] },
        { speakerId: "tim", sentences: [{ text: "A question over it.", start: 1396.405, end: 1407.564 }] },
      ],
      speakers,
    );
    expect(getQuote(overlapping, 1396.5, 1407.6)).toEqual({
      text: "A question over it.",
      speaker: "Tim",
      start: 1396.405,
      end: 1407.564,
    });
  });

  it("ends where its last sentence ends, and has no end when that sentence has none", () => {
    expect(getQuote(episode, 508.4, 524.5)?.end).toBe(526.882);
    const untimedEnd = makeEpisode([{ sentences: [{ text: "Only a start.", start: 10 }] }]);
    const sentence = untimedEnd.transcript.turns[0]?.paragraphs[0]?.sentences[0];
    if (sentence) delete sentence.end;
    expect(getQuote(untimedEnd, 10)).toEqual({ text: "Only a start.", start: 10 });
  });

  it("quotes nothing before the first sentence", () => {
    expect(getQuote(episode, 100)).toBeUndefined();
  });

  it("the quote card of the link made for each sentence of a built episode quotes that sentence", () => {
    const file = path.join(process.cwd(), "content/episodes/hugging-face-watsonx.json");
    const real: Episode = episodeSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const sentences: Sentence[] = real.transcript.turns.flatMap((t) =>
      t.paragraphs.flatMap((p) => p.sentences),
    );
    const timed = sentences.filter((s) => s.start !== undefined) as (Sentence & { start: number })[];
    const textOf = (s: Sentence) =>
      s.words
        .filter((w) => !w.note)
        .map((w) => w.text)
        .join(" ");
    timed.forEach((sentence, i) => {
      // Sentences sharing a start cannot be told apart by any time: the link's test covers them.
      if (timed.some((other) => other !== sentence && other.start === sentence.start)) return;
      const link = linkTimesForCues(timed, i, i);
      expect(getQuote(real, link.start, link.end)?.text, sentence.id).toBe(textOf(sentence));
    });
  });
});
