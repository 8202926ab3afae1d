import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHtmlTranscript } from "../../lib/parse/parse-html-transcript";

const escapeHtml = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const clock = (t: number): string =>
  `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;

const word = fc.constantFrom("so", "we", "said", "it.", "Yes?", "a<b", "R&D", "«é»", "x>y", "&amp;", "😀");
const turn = fc.record({
  speaker: fc.option(fc.constantFrom("Ann Lee", "Bob & Co", "Zoë <Z>"), { nil: undefined }),
  gap: fc.integer({ min: 1, max: 600 }),
  paragraphs: fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
  lineBreaks: fc.boolean(),
});

describe("parseHtmlTranscript: properties", () => {
  it("gives back every turn's speaker, start and text, on its <time>'s line, whatever the text holds", () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 20 }), (turns) => {
        const lines: string[] = ["<!DOCTYPE html>", "<body>"];
        const expected: { voice?: string; start: number; text: string; line: number }[] = [];
        let start = 0;
        for (const t of turns) {
          start += t.gap;
          if (t.speaker !== undefined) lines.push(`<cite>${escapeHtml(t.speaker)}:</cite>`);
          lines.push(`<time>${clock(start)}</time>`);
          const line = lines.join("\n").split("\n").length;
          for (const p of t.paragraphs)
            lines.push(`<p>${p.map(escapeHtml).join(t.lineBreaks ? "\n" : " ")}</p>`);
          const voice = t.speaker ?? expected[expected.length - 1]?.voice;
          expected.push({ ...(voice ? { voice } : {}), start, text: t.paragraphs.flat().join(" "), line });
        }
        const r = parseHtmlTranscript(lines.join("\n"), { strict: true });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(
          r.value.cues.map(({ voice, start: s, text, line }) => ({
            ...(voice ? { voice } : {}),
            start: s,
            text,
            line,
          })),
        ).toEqual(expected);
        r.value.cues.forEach((c, k) => expect(c.end).toBe(r.value.cues[k + 1]?.start ?? c.start));
      }),
      { numRuns: 150 },
    );
  });
});
