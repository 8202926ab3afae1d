import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arrayItemOffsets } from "../../lib/parse/json-item-offsets";
import { parseJsonTranscript } from "../../lib/parse/parse-json-transcript";

/** A segment as a generator draws it: a word or a phrase, a speaker or none, times or a start only. */
const segment = fc.record(
  {
    speaker: fc.constantFrom("Ann Lee", "Bob Stone", 'Zoë "Z" Ng'),
    startTime: fc.double({ min: 0, max: 1e5, noNaN: true }),
    length: fc.double({ min: 0, max: 30, noNaN: true }),
    body: fc.oneof(
      fc.constantFrom("word", "end.", "«quoted»", "é", "a\\\\b", "line\nbreak", "x  y"),
      fc
        .array(fc.constantFrom("so", "we", "said", "it.", "Yes?"), { minLength: 1, maxLength: 6 })
        .map((w) => w.join(" ")),
    ),
    hasEnd: fc.boolean(),
  },
  { requiredKeys: ["startTime", "length", "body", "hasEnd"] },
);

/** Lays the segments out one per line, after `blank[i]` blank lines, and says on which line each is. */
function layOut(
  segments: { speaker?: string; startTime: number; length: number; body: string; hasEnd: boolean }[],
  blanks: number[],
): { text: string; lines: number[] } {
  const out = ["{", '"version": "1.0.0",', '"segments": ['];
  const lines: number[] = [];
  segments.forEach((s, i) => {
    for (let b = 0; b < (blanks[i] ?? 0) % 3; b++) out.push("");
    const json = {
      ...(s.speaker !== undefined ? { speaker: s.speaker } : {}),
      startTime: s.startTime,
      ...(s.hasEnd ? { endTime: s.startTime + s.length } : {}),
      body: s.body,
    };
    out.push(JSON.stringify(json) + (i < segments.length - 1 ? "," : ""));
    lines.push(out.length);
  });
  out.push("]", "}");
  return { text: out.join("\n"), lines };
}

const sorted = fc
  .array(segment, { minLength: 1, maxLength: 40 })
  .map((list) => [...list].sort((a, b) => a.startTime - b.startTime));

describe("parseJsonTranscript: properties", () => {
  it("keeps every word in order, each cue on its first segment's line, and every one-word segment's times", () => {
    fc.assert(
      fc.property(sorted, fc.array(fc.nat(), { maxLength: 40 }), (segments, blanks) => {
        const { text, lines } = layOut(segments, blanks);
        const r = parseJsonTranscript(text, { strict: true });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== "");
        expect(r.value.cues.flatMap((c) => words(c.text))).toEqual(segments.flatMap((s) => words(s.body)));
        // Each cue starts at some segment, on that segment's line, with its start.
        for (const cue of r.value.cues) {
          const k = lines.indexOf(cue.line);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(cue.start).toBe(segments[k]?.startTime);
        }
        // Every one-word segment is a part, with its own start and its end (or the next start).
        const parts = r.value.cues.flatMap((c) => c.parts ?? []);
        segments.forEach((s, k) => {
          if (words(s.body).length !== 1) return;
          const end = s.hasEnd ? s.startTime + s.length : (segments[k + 1]?.startTime ?? s.startTime);
          expect(parts).toContainEqual({ text: words(s.body)[0], start: s.startTime, end });
        });
        // Sorted segments give cues that end no earlier than they start.
        for (const cue of r.value.cues) expect(cue.start).toBeLessThanOrEqual(cue.end);
      }),
      { numRuns: 200 },
    );
  });

  it("reports a syntax error on the line where the JSON breaks", () => {
    fc.assert(
      fc.property(sorted, fc.array(fc.nat(), { maxLength: 40 }), fc.nat(), (segments, blanks, pick) => {
        const { text, lines } = layOut(segments, blanks);
        const broken = lines[pick % lines.length] ?? 4;
        const all = text.split("\n");
        // Drop the segment's closing brace: the parser must stop on that line or the next one.
        all[broken - 1] = (all[broken - 1] ?? "").replace(/}(,?)$/, "$1");
        const r = parseJsonTranscript(all.join("\n"));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors[0]?.message).toMatch(/^invalid JSON/);
        const line = r.errors[0]?.line ?? 0;
        expect(line).toBeGreaterThanOrEqual(broken);
        expect(line).toBeLessThanOrEqual(broken + 3);
      }),
      { numRuns: 100 },
    );
  });

  it("finds where each item of the top-level array starts, whatever the values around and inside it", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.jsonValue(),
        (before, items, after) => {
          const text = JSON.stringify({ before, segments: items, after });
          const offsets = arrayItemOffsets(text, "segments");
          expect(offsets).toHaveLength(items.length);
          items.forEach((item, i) => expect(text.startsWith(JSON.stringify(item), offsets[i])).toBe(true));
        },
      ),
      { numRuns: 300 },
    );
  });
});
