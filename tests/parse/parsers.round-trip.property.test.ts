import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../lib/parse/parse-plain-text";
import { parseSrt } from "../../lib/parse/parse-srt";
import { parseVtt } from "../../lib/parse/parse-vtt";

/** Round trips: generated documents parse back to what was generated. */
const ms = fc.integer({ min: 0, max: 10 * 3600 * 1000 - 1 });
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const name = fc.constantFrom("Ann Lee", "Bob Stone", "Speaker 1", "Cy");
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
const clock = (t: number, sep: string): string =>
  `${pad(Math.floor(t / 3600000))}:${pad(Math.floor(t / 60000) % 60)}:${pad(Math.floor(t / 1000) % 60)}${sep}${pad(t % 1000, 3)}`;
const cues = fc.array(
  fc.record({
    start: ms,
    length: fc.integer({ min: 1, max: 20000 }),
    voice: fc.option(name, { nil: undefined }),
    text: sentence,
  }),
  {
    minLength: 1,
    maxLength: 8,
  },
);

/** A parsed cue as [start ms, end ms, voice, text, line], to compare with the generated one. */
const readBack = (
  cues: readonly { start: number; end: number; voice?: string; text: string; line: number }[],
) => cues.map((c) => [Math.round(c.start * 1000), Math.round(c.end * 1000), c.voice, c.text, c.line]);

describe("round trips", () => {
  it("parseVtt reads back generated cues (times, voices, text, lines)", () => {
    fc.assert(
      fc.property(cues, (list) => {
        const body = list.map(
          (c) =>
            `${clock(c.start, ".")} --> ${clock(c.start + c.length, ".")}\n${c.voice ? `<v ${c.voice}>` : ""}${c.text}`,
        );
        const r = parseVtt(["WEBVTT", "", body.join("\n\n")].join("\n"), { strict: false });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(readBack(r.value.cues)).toEqual(
          list.map((c, i) => [c.start, c.start + c.length, c.voice, c.text, 3 + 3 * i]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("parseSrt reads back generated subtitles", () => {
    fc.assert(
      fc.property(cues, (list) => {
        const body = list.map(
          (c, i) =>
            `${i + 1}\n${clock(c.start, ",")} --> ${clock(c.start + c.length, ",")}\n${c.voice ? `${c.voice}: ` : ""}${c.text}`,
        );
        const r = parseSrt(body.join("\n\n"));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(readBack(r.value.cues)).toEqual(
          list.map((c, i) => [c.start, c.start + c.length, c.voice, c.text, 2 + 4 * i]),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("parsePlainText reads back generated turns, one per line", () => {
    const turns = fc.array(fc.record({ speaker: name, text: sentence }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(turns, (list) => {
        const r = parsePlainText(["the title", ...list.map((t) => `${t.speaker}: ${t.text}`)].join("\n"));
        expect(r.ok && r.value.title).toBe("the title");
        expect(r.ok && r.value.turns).toEqual(
          list.map((t, i) => ({ speaker: t.speaker, text: t.text, line: i + 2 })),
        );
      }),
      { numRuns: 100 },
    );
  });
});
