import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  episodeSchema,
  MODEL_VERSION,
  sentenceTiming,
  type Episode,
  type Sentence,
  type Turn,
  type Word,
} from "@/lib/model/episode-schema";
import { encodeEpisode, serializeEpisode } from "@/lib/model/serialize-episode";

/** An episode around the given turns (and outside material), every other field minimal. */
function episodeWith(turns: Turn[], outside: Turn[] = []): Episode {
  return {
    schemaVersion: MODEL_VERSION,
    slug: "codec",
    title: "Codec",
    titles: [],
    summary: [],
    language: "en",
    media: [],
    sources: [{ id: "a.vtt", format: "vtt", sha256: "0".repeat(64), bytes: 1, used: [] }],
    speakers: [],
    credits: [],
    sections: [],
    keyPoints: [],
    transcript: {
      timing: "aligned",
      provenance: { words: [], names: [], times: [] },
      turns,
      outside: outside.length ? [{ id: "promo", label: "Promo", source: "a.vtt", turns: outside }] : [],
    },
    notes: [],
    chapters: [],
    blocks: [],
    highlights: [],
    warnings: [],
  };
}

/** A sentence of these words, its span as the merge gives it unless `span` says otherwise. */
function sentence(id: string, words: Word[], span?: Pick<Sentence, "start" | "end" | "timing">): Sentence {
  return { id, text: words.map((w) => w.text).join(" "), ...(span ?? sentenceTiming(words)), words };
}

const turn = (id: string, sentences: Sentence[]): Turn => ({
  id,
  paragraphs: [{ id: `p-${id}`, sentences }],
});

/** Reads an episode back the way the site does: the serialized text, parsed and decoded. */
const roundTrip = (episode: Episode): Episode => episodeSchema.parse(JSON.parse(serializeEpisode(episode)));

// One sentence with everything a word may be: timed, a word with a space in it, an untimed
// editorial note, another timing.
const MIXED = sentence("s-1000", [
  { text: "Hello,", start: 1, end: 1.3, timing: "aligned" },
  { text: "New York,", start: 1.3, end: 1.8, timing: "aligned" },
  { text: "[laughs]", note: true },
  { text: "bye.", start: 1.85, end: 2.2, timing: "estimated" },
]);

describe("the stored form (model version 2)", () => {
  it("stores a sentence's words as columns: texts, delta-coded ms, one timing code each, note positions", () => {
    const stored = JSON.parse(serializeEpisode(episodeWith([turn("t-1", [MIXED])])));
    expect(stored.schemaVersion).toBe(2);
    // start₀ from 0, then each time from the one before it: 1000 ms, +300, +0, +500, (note), +50, +350.
    expect(stored.transcript.turns[0].paragraphs[0].sentences[0]).toEqual({
      id: "s-1000",
      words: ["Hello,", "New York,", "[laughs]", "bye."],
      starts: [1000, 0, null, 50],
      ends: [300, 500, null, 350],
      timings: "aa-e",
      notes: [2],
    });
  });

  it("writes each column on one line and objects indented", () => {
    const text = serializeEpisode(episodeWith([turn("t-1", [MIXED])]));
    expect(text).toContain('\n                "words": ["Hello,","New York,","[laughs]","bye."],\n');
    expect(text).toContain('"starts": [1000,0,null,50]');
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("keeps a sentence's own span where its words do not give it, and none where it has none", () => {
    const untimedWords = sentence("s-5", [{ text: "Untimed" }, { text: "words." }], {
      start: 5,
      end: 7.25,
      timing: "coarse",
    });
    const noSpan = sentence("s-6", [{ text: "Timed", start: 8, end: 8.5, timing: "exact" }], {});
    const episode = episodeWith([turn("t-5", [untimedWords, noSpan])]);
    const stored = encodeEpisode(episode).transcript.turns[0]?.paragraphs[0]?.sentences;
    expect(stored?.[0]).toMatchObject({ start: 5, end: 7.25, timing: "coarse" });
    expect(stored?.[0]).not.toHaveProperty("starts");
    expect(stored?.[1]).toMatchObject({ start: null, end: null, timing: null });
    expect(roundTrip(episode)).toEqual(episode);
  });

  it("is at most a fifth of the version-1 size for the same words", () => {
    const words: Word[] = Array.from({ length: 600 }, (_, i) => ({
      text: i % 9 === 8 ? "open-source." : "model",
      start: 3600 + (i * 400) / 1000,
      end: 3600 + (i * 400 + 380) / 1000,
      timing: "aligned",
    }));
    const sentences = Array.from({ length: 50 }, (_, k) =>
      sentence(`s-${k}`, words.slice(k * 12, k * 12 + 12)),
    );
    const episode = episodeWith([turn("t-1", sentences)]);
    const version1 = JSON.stringify(episode, null, 2);
    expect(serializeEpisode(episode).length).toBeLessThan(version1.length / 5);
  });
});

describe("decode(encode(episode))", () => {
  it("gives back the episode: notes, words with spaces, mixed and missing times, outside material", () => {
    const negative = sentence("s--3200", [
      { text: "Promo", start: -3.2, end: -2.9, timing: "aligned" },
      { text: "here.", end: -2.5 },
    ]);
    const episode = episodeWith(
      [turn("t-1", [MIXED]), turn("t-2", [sentence("s-9", [{ text: "Untimed." }])])],
      [turn("t-p", [negative])],
    );
    expect(roundTrip(episode)).toEqual(episode);
  });

  const ms = fc.integer({ min: -120_000, max: 40_000_000 }).map((n) => n / 1000);
  const word: fc.Arbitrary<Word> = fc.record(
    {
      text: fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
      start: ms,
      end: ms,
      timing: fc.constantFrom("exact", "aligned", "estimated", "coarse"),
      note: fc.constant(true as const),
    },
    { requiredKeys: ["text"] },
  );
  const anySpan = fc.record(
    { start: ms, end: ms, timing: fc.constantFrom("exact", "aligned", "estimated", "coarse") },
    { requiredKeys: [] },
  );
  const sentences = fc
    .array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 8 }), fc.option(anySpan, { nil: undefined })), {
      minLength: 1,
      maxLength: 5,
    })
    .map((specs) => specs.map(([words, span], i) => sentence(`s-${i}`, words, span)));
  const turns = fc.array(
    sentences.map((s) => turn("t", s)),
    { maxLength: 4 },
  );

  it("gives back any episode the schema allows (property)", () => {
    fc.assert(
      fc.property(turns, turns, (main, outside) => {
        const episode = episodeWith(main, outside);
        expect(roundTrip(episode)).toEqual(episode);
      }),
      { numRuns: 150 },
    );
  });
});

describe("writing is deterministic", () => {
  /** The same value with every object's keys in reverse order. */
  const reversed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reversed);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversed(v)]),
    );
  };

  it("gives byte-identical text for an equal episode whose objects were built in another key order", () => {
    const episode = episodeWith([turn("t-1", [MIXED])]);
    expect(serializeEpisode(reversed(episode) as Episode)).toBe(serializeEpisode(episode));
  });
});

describe("an episode that cannot be stored exactly is refused with its path", () => {
  const issueOf = (episode: Episode) => {
    const result = z.safeEncode(episodeSchema, episode);
    expect(result.success).toBe(false);
    return result.error?.issues[0];
  };

  it("a sentence whose text is not its words joined by single spaces", () => {
    const bad = { ...MIXED, text: "Hello, New York, bye." };
    expect(issueOf(episodeWith([turn("t-1", [bad])]))).toMatchObject({
      path: ["transcript", "turns", 0, "paragraphs", 0, "sentences", 0, "text"],
      message: expect.stringMatching(/joined by single spaces/),
    });
  });

  it("a word time finer than a millisecond", () => {
    const bad = sentence("s-1", [
      { text: "a", start: 1 },
      { text: "b", start: 1.0004 },
    ]);
    expect(issueOf(episodeWith([turn("t-1", [bad])]))).toMatchObject({
      path: ["transcript", "turns", 0, "paragraphs", 0, "sentences", 0, "words", 1, "start"],
      message: expect.stringMatching(/whole milliseconds/),
    });
  });

  it("a paragraph without sentences", () => {
    const bad: Turn = { id: "t-1", paragraphs: [{ id: "p-1", sentences: [] }] };
    expect(issueOf(episodeWith([bad]))?.path).toEqual([
      "transcript",
      "turns",
      0,
      "paragraphs",
      0,
      "sentences",
    ]);
  });

  it("a sentence without words", () => {
    const bad = { id: "s-1", text: "", words: [] };
    expect(issueOf(episodeWith([turn("t-1", [bad])]))?.path).toEqual([
      "transcript",
      "turns",
      0,
      "paragraphs",
      0,
      "sentences",
      0,
      "words",
    ]);
  });
});

describe("a bad stored sentence fails validation with its path", () => {
  const stored = () => JSON.parse(serializeEpisode(episodeWith([turn("t-1", [MIXED])])));
  const at = ["transcript", "turns", 0, "paragraphs", 0, "sentences", 0];
  const firstIssue = (mutate: (s: Record<string, unknown>) => void) => {
    const file = stored();
    mutate(file.transcript.turns[0].paragraphs[0].sentences[0]);
    const result = episodeSchema.safeParse(file);
    expect(result.success).toBe(false);
    return result.error?.issues[0];
  };

  it("a column whose length is not the number of words", () => {
    expect(firstIssue((s) => (s.starts = [1000, 0, null]))).toMatchObject({
      path: [...at, "starts"],
      message: "has 3 entries for 4 words",
    });
  });

  it("a timing code that is not one of x a e c -", () => {
    expect(firstIssue((s) => (s.timings = "aa-z"))).toMatchObject({
      path: [...at, "timings"],
      message: expect.stringMatching(/timing codes are x \(exact\)/),
    });
  });

  it("a time that is not whole milliseconds", () => {
    expect(firstIssue((s) => (s.ends = [300, 500.5, null, 350]))).toMatchObject({
      path: [...at, "ends", 1],
      message: "500.5 is not whole milliseconds",
    });
  });

  it("a note position past the last word", () => {
    expect(firstIssue((s) => (s.notes = [4]))?.path).toEqual([...at, "notes", 0]);
  });

  it("a paragraph without sentences", () => {
    const file = stored();
    file.transcript.turns[0].paragraphs[0].sentences = [];
    const result = episodeSchema.safeParse(file);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["transcript", "turns", 0, "paragraphs", 0, "sentences"]);
  });

  it("an empty word", () => {
    expect(firstIssue((s) => (s.words = ["Hello,", "", "[laughs]", "bye."]))?.path).toEqual([
      ...at,
      "words",
      1,
    ]);
  });
});
