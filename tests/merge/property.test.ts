import { z } from "zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { episodeSchema } from "@/lib/model/episode-schema";
import type { ParsedDoc } from "@/lib/parse/types";
import { src } from "./helpers/episode-utils";

// Text with the characters that matter to the merge: brackets, labels, punctuation, odd spaces.
const piece = fc.constantFrom(
  "Hello",
  "world.",
  "[note",
  "]",
  "[BOO-dee-ay],",
  "Mr.",
  "U.S.",
  "2.5",
  "…",
  "?",
  "!",
  "—",
  "“quoted.”",
  "open-source",
  "Ann:",
  "Speaker",
  "1",
  "\u00a0",
  "",
  " ",
  "é",
  "日本",
  "'",
  "-",
  "e.g.",
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(piece, { maxLength: 30 }).map((p) => p.join(" ")),
);
const time = fc.oneof(
  fc.double({ noDefaultInfinity: false }),
  fc.integer({ min: -100, max: 4000 }),
  fc.constant(Number.NaN),
);
const optText = fc.option(text, { nil: undefined });
const line = fc.integer({ min: -3, max: 100 });
const turn = fc.record({
  speaker: fc.option(fc.constantFrom("Ann", "Bob Smith", "", " ", "Speaker 1"), { nil: undefined }),
  text,
  line,
});

const vtt = fc.record({
  format: fc.constantFrom("vtt" as const, "srt" as const),
  title: optText,
  cues: fc.array(
    fc.record({
      start: time,
      end: time,
      voice: fc.option(fc.constantFrom("Speaker 1", "Speaker 2", "Ann", "", "x y"), { nil: undefined }),
      text,
      line,
    }),
    { maxLength: 25 },
  ),
});
const plain = fc.record({
  format: fc.constant("plain-text" as const),
  title: optText,
  turns: fc.array(turn, { maxLength: 8 }),
});
const summary = fc.record({
  format: fc.constant("summary-page" as const),
  title: text,
  sourceUrl: optText,
  youtubeId: fc.option(fc.constantFrom("abcdefghijk", "bad", ""), { nil: undefined }),
  duration: fc.option(time, { nil: undefined }),
  keyPoints: fc.array(fc.record({ text, line }), { maxLength: 4 }),
  summary: fc.array(text, { maxLength: 3 }),
  sections: fc.array(fc.record({ title: text, description: text, start: time, line }), { maxLength: 5 }),
  chunks: fc.array(fc.record({ start: time, text, line }), { maxLength: 12 }),
  turns: fc.array(turn, { maxLength: 8 }),
});
const notes = fc.record({
  format: fc.constant("timestamped-notes" as const),
  title: optText,
  videoId: optText,
  frontMatter: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  notes: fc.array(
    fc.record({
      headingPath: fc.array(text, { maxLength: 2 }),
      text,
      start: fc.option(time, { nil: undefined }),
      links: fc.array(fc.record({ label: text, target: text }), { maxLength: 2 }),
      line,
    }),
    { maxLength: 6 },
  ),
  preamble: fc.array(text, { maxLength: 2 }),
});
const showNotes = fc.record({
  format: fc.constant("show-notes" as const),
  title: text,
  blocks: fc.array(
    fc.record({
      heading: fc.option(fc.constantFrom("Key Takeaways", "Links", ""), { nil: undefined }),
      kind: fc.constantFrom("paragraph" as const, "list" as const),
      items: fc.array(text, { maxLength: 3 }),
      line,
    }),
    { maxLength: 4 },
  ),
  chapters: fc.array(fc.record({ title: text, start: time, line }), { maxLength: 5 }),
});
const doc: fc.Arbitrary<ParsedDoc> = fc.oneof(
  vtt,
  plain,
  summary,
  notes,
  showNotes,
) as fc.Arbitrary<ParsedDoc>;

describe("mergeEpisode on garbled input", () => {
  it("never throws and always produces a valid, deterministic episode", () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 5 }),
        fc.option(fc.constantFrom("Speaker 1", "Ann"), { nil: undefined }),
        (docs, key) => {
          const input = {
            slug: "garbled",
            sources: docs.map((d, i) => src(`s${i}.txt`, d)),
            ...(key ? { manifest: { speakers: { [key]: { name: "Named", role: "Guest" } } } } : {}),
          };
          const ep = mergeEpisode(input);
          const parsed = z.safeEncode(episodeSchema, ep);
          if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
          expect(mergeEpisode(input)).toEqual(ep);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  it("rejects an empty source list with a clear error", () => {
    expect(() => mergeEpisode({ slug: "x", sources: [] })).toThrow(/no sources/);
  });
});
