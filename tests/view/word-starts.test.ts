import { describe, expect, it } from "vitest";
import { buildWordStarts, encodeWordStarts, parseWordStarts } from "@/lib/view/word-starts";
import type { Episode, Sentence } from "@/lib/model/episode-schema";
import { readFileSync } from "node:fs";
import { episodeSchema } from "@/lib/model/episode-schema";

const sentence = (over: Partial<Sentence>): Sentence => ({
  id: "s-10000",
  text: "Hello there friend",
  start: 10,
  end: 12,
  words: [
    { text: "Hello", start: 10, end: 10.4 },
    { text: "there", start: 10.5, end: 11 },
    { text: "friend", start: 11.25, end: 12 },
  ],
  ...over,
});

describe("encodeWordStarts", () => {
  it("gives each word's start in hundredths after the sentence's start", () => {
    expect(encodeWordStarts(sentence({}))).toBe("0 50 125");
  });

  it("skips editorial notes and writes - for an untimed word", () => {
    const s = sentence({
      words: [
        { text: "Jeff", start: 10, end: 10.3 },
        { text: "[BOO-dee-ay]", note: true },
        { text: "Boudier", end: 11 },
      ],
    });
    expect(encodeWordStarts(s)).toBe("0 -");
  });

  it("has nothing for an untimed sentence or coarse-only word times", () => {
    expect(encodeWordStarts(sentence({ start: undefined }))).toBeUndefined();
    const coarse = sentence({
      words: [
        { text: "Hello", start: 10, timing: "coarse" },
        { text: "there", start: 10, timing: "coarse" },
      ],
    });
    expect(encodeWordStarts(coarse)).toBeUndefined();
  });
});

describe("buildWordStarts on a seed", () => {
  const episode: Episode = episodeSchema.parse(
    JSON.parse(readFileSync("content/episodes/hugging-face-watsonx.json", "utf8")),
  );
  const starts = buildWordStarts(episode);
  const sentences = episode.transcript.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.sentences));

  it("has one list per word-timed sentence, as many entries as the sentence has words", () => {
    const timed = sentences.filter((s) =>
      s.words.some((w) => w.start !== undefined && w.timing !== "coarse"),
    );
    expect(Object.keys(starts)).toHaveLength(timed.length);
    for (const s of timed) {
      expect(starts[s.id]?.split(" ")).toHaveLength(s.words.filter((w) => !w.note).length);
    }
  });

  it("round-trips through parseWordStarts", () => {
    expect(parseWordStarts(JSON.parse(JSON.stringify(starts)))).toEqual(new Map(Object.entries(starts)));
  });
});

describe("parseWordStarts", () => {
  it("keeps well-formed entries only", () => {
    const parsed = parseWordStarts({
      "s-1": "0 12 -",
      "s-2": "0 x",
      "s-3": 5,
      "bad id!": "0",
      "s-4": "",
      "s-5": "0  1",
    });
    expect([...parsed]).toEqual([["s-1", "0 12 -"]]);
  });

  it("is empty for anything that is not an object of lists", () => {
    for (const value of [null, 3, "0 1", ["0 1"], undefined]) expect(parseWordStarts(value).size).toBe(0);
  });
});
