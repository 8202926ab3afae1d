import { describe, expect, it } from "vitest";
import { parseJsonTranscript } from "../../lib/parse/parse-json-transcript";
import { arrayItemOffsets } from "../../lib/parse/json-item-offsets";

/** A transcript with one segment per line after line 3 (segment i is on line i + 4). */
const oneLine = (segments: unknown[], version: unknown = "1.0.0"): string =>
  [
    "{",
    `  "version": ${JSON.stringify(version)},`,
    '  "segments": [',
    ...segments.map((s, i) => `    ${JSON.stringify(s)}${i < segments.length - 1 ? "," : ""}`),
    "  ]",
    "}",
  ].join("\n");

describe("parseJsonTranscript: valid forms", () => {
  it("reads phrase segments as cues with speakers as voices, times in seconds and the segment's line", () => {
    const text = oneLine([
      { speaker: "Ann Lee", startTime: 0.5, endTime: 2.25, body: "Hello and welcome." },
      { speaker: "Bob Stone", startTime: 2.5, endTime: 4, body: "Thanks,  glad\nto be here." },
      { startTime: 4.5, endTime: 5, body: "No speaker here." },
    ]);
    const r = parseJsonTranscript(text, { strict: true });
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "json-transcript",
        cues: [
          { start: 0.5, end: 2.25, voice: "Ann Lee", text: "Hello and welcome.", line: 4 },
          { start: 2.5, end: 4, voice: "Bob Stone", text: "Thanks, glad to be here.", line: 5 },
          { start: 4.5, end: 5, text: "No speaker here.", line: 6 },
        ],
      },
    });
  });

  it("groups one-word segments of one speaker into a cue per sentence, keeping each word's times", () => {
    const words: [string, string, number, number][] = [
      ["Darth", "I", 0.5, 0.75],
      ["Darth", "am", 1, 1.25],
      ["Darth", "your", 1.5, 2],
      ["Darth", "father.", 2.25, 3],
      ["Darth", "Join", 3.5, 3.75],
      ["Darth", "me", 3.8, 4],
      ["Luke", "Never!", 4.5, 5.125],
    ];
    const text = oneLine(
      words.map(([speaker, body, startTime, endTime]) => ({ speaker, startTime, endTime, body })),
    );
    const r = parseJsonTranscript(text, { strict: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cues).toEqual([
      {
        start: 0.5,
        end: 3,
        voice: "Darth",
        text: "I am your father.",
        line: 4,
        parts: [
          { text: "I", start: 0.5, end: 0.75 },
          { text: "am", start: 1, end: 1.25 },
          { text: "your", start: 1.5, end: 2 },
          { text: "father.", start: 2.25, end: 3 },
        ],
      },
      {
        start: 3.5,
        end: 4,
        voice: "Darth",
        text: "Join me",
        line: 8,
        parts: [
          { text: "Join", start: 3.5, end: 3.75 },
          { text: "me", start: 3.8, end: 4 },
        ],
      },
      {
        start: 4.5,
        end: 5.125,
        voice: "Luke",
        text: "Never!",
        line: 10,
        parts: [{ text: "Never!", start: 4.5, end: 5.125 }],
      },
    ]);
  });

  it("takes a missing endTime as the next segment's start, and the last one's as its own start", () => {
    const r = parseJsonTranscript(
      oneLine([
        { startTime: 1, body: "first part" },
        { startTime: 3, body: "second part" },
      ]),
      { strict: true },
    );
    expect(r.ok && r.value.cues.map((c) => [c.start, c.end])).toEqual([
      [1, 3],
      [3, 3],
    ]);
  });

  it("reads a compact file, CRLF line ends and a BOM, numbering lines as the other parsers do", () => {
    const compact = '{"version":"1.0.0","segments":[{"startTime":0,"endTime":1,"body":"a b"}]}';
    expect(parseJsonTranscript(compact).ok && parseJsonTranscript(compact)).toMatchObject({
      value: { cues: [{ line: 1 }] },
    });
    const crlf =
      "\uFEFF" +
      oneLine([
        { startTime: 0, body: "x y" },
        { startTime: 1, body: "z w" },
      ]).replace(/\n/g, "\r\n");
    const r = parseJsonTranscript(crlf);
    expect(r.ok && r.value.cues.map((c) => c.line)).toEqual([4, 5]);
  });
});

describe("parseJsonTranscript: errors", () => {
  it.each([
    ["", 1, /empty file/],
    ["   \n  ", 1, /empty file/],
    [
      '{\n  "version": "1.0.0",\n  "segments": [\n    {"startTime": 1 "body": "x"}\n  ]\n}',
      4,
      /invalid JSON/,
    ],
    ['{\n  "segments": [\n', 3, /invalid JSON/],
    ['[{"startTime": 1, "body": "x"}]', 1, /expected a JSON object with "segments", found an array/],
    ['{"version": "1.0.0"}', 1, /"segments" is missing/],
    ['{"version": "1.0.0", "segments": {"a": 1}}', 1, /"segments" is not an array/],
    ['{"version": "1.0.0", "segments": []}', 1, /no segments found/],
  ])("%j fails on line %i", (text, line, message) => {
    const r = parseJsonTranscript(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.line).toBe(line);
    expect(r.errors[0]?.message).toMatch(message);
  });
});

describe("parseJsonTranscript: warnings, on the offending segment's line", () => {
  const good = { startTime: 0, endTime: 1, body: "fine words" };
  it.each([
    [[good, "just a string"], 5, "segment skipped: not an object"],
    [
      [good, { endTime: 2, body: "x y" }],
      5,
      'segment skipped: has no "startTime" (expected seconds, e.g. 12.5)',
    ],
    [
      [good, { startTime: "0:01", body: "x y" }],
      5,
      'segment skipped: has an unusable "startTime" (expected seconds, e.g. 12.5)',
    ],
    [
      [good, { startTime: -1, body: "x y" }],
      5,
      'segment skipped: has an unusable "startTime" (expected seconds, e.g. 12.5)',
    ],
    [[good, { startTime: 2 }], 5, 'segment skipped: no "body"'],
    [[good, { startTime: 2, body: 7 }], 5, 'segment skipped: a non-text "body"'],
    [[good, { startTime: 2, endTime: "3", body: "x y" }], 5, 'unusable "endTime" ignored (expected seconds)'],
    [[good, { startTime: 2, endTime: 1, body: "x y" }], 5, "segment ends before its start"],
    [[good, { startTime: 2, speaker: 3, body: "x y" }], 5, 'unusable "speaker" ignored (expected text)'],
    [[good, { startTime: 2, body: "  " }], 5, "segment has no text"],
    [[{ ...good, startTime: 5, endTime: 6 }, good], 5, "segment starts before the previous segment"],
  ])("%j warns on line %i: %s", (segments, line, message) => {
    const text = oneLine(segments);
    const tolerant = parseJsonTranscript(text);
    expect(tolerant.ok).toBe(true);
    expect(tolerant.warnings).toEqual([{ line, message }]);
    const strict = parseJsonTranscript(text, { strict: true });
    expect(strict).toEqual({ ok: false, errors: [{ line, message }], warnings: [] });
  });

  it("keeps the other segments when one is skipped", () => {
    const r = parseJsonTranscript(oneLine([good, { body: "lost" }, { startTime: 2, body: "kept too" }]));
    expect(r.ok && r.value.cues.map((c) => c.text)).toEqual(["fine words", "kept too"]);
  });

  it("reads a file without a version, even in strict mode (hosts often leave it out)", () => {
    const r = parseJsonTranscript('{\n"segments": [{"startTime": 0, "body": "a b"}]\n}', { strict: true });
    expect(r.ok && r.warnings).toEqual([]);
  });

  it.each([
    ["2.0.0", 'unknown version "2.0.0" (expected "1.x.x")'],
    [1, 'unknown version 1 (expected "1.x.x")'],
  ])("warns on line 1 about version %j", (version, message) => {
    const text = oneLine([{ startTime: 0, body: "a b" }], version);
    const r = parseJsonTranscript(text);
    expect(r.ok && r.warnings).toEqual([{ line: 1, message }]);
    expect(parseJsonTranscript(text, { strict: true }).ok).toBe(false);
  });
});

describe("arrayItemOffsets", () => {
  it("finds each item of the top-level key's array, ignoring same-named keys deeper down and brackets in strings", () => {
    const text = '{"x": {"segments": [9]}, "s": "[\\"{", "segments": [ {"a": [1, 2]}, "b,]", 3 ], "y": 1}';
    const offsets = arrayItemOffsets(text, "segments");
    expect(offsets.map((o) => text.slice(o, o + 3))).toEqual(['{"a', '"b,', "3 ]"]);
  });

  it("takes the last of a repeated key, as JSON.parse does, and nothing for a missing one", () => {
    const text = '{"segments": [1], "segments": [22, 33]}';
    expect(arrayItemOffsets(text, "segments").map((o) => text.slice(o, o + 2))).toEqual(["22", "33"]);
    expect(arrayItemOffsets(text, "chapters")).toEqual([]);
  });
});
