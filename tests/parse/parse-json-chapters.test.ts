import { describe, expect, it } from "vitest";
import { parseJsonChapters } from "../../lib/parse/parse-json-chapters";

/** A chapters file with one chapter per line after line 4 (chapter i is on line i + 5). */
const file = (chapters: unknown[], version: unknown = "1.2.0"): string =>
  [
    "{",
    `  "version": ${JSON.stringify(version)},`,
    '  "title": "Episode  12",',
    '  "chapters": [',
    ...chapters.map((c, i) => `    ${JSON.stringify(c)}${i < chapters.length - 1 ? "," : ""}`),
    "  ]",
    "}",
  ].join("\n");

describe("parseJsonChapters: valid forms", () => {
  it("keeps each chapter's start, title, end, image, page and toc: false, on its line", () => {
    const text = file([
      { startTime: 0, title: "Intro", img: "https://example.org/intro.jpg", url: "https://example.org/a" },
      { startTime: 62.5, title: "Sponsor", toc: false, endTime: 90 },
      {
        startTime: 90,
        title: "  The   interview ",
        toc: true,
        location: { name: "Paris", geo: "geo:48.8,2.3" },
      },
    ]);
    expect(parseJsonChapters(text, { strict: true })).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "json-chapters",
        title: "Episode 12",
        chapters: [
          {
            title: "Intro",
            start: 0,
            img: "https://example.org/intro.jpg",
            url: "https://example.org/a",
            line: 5,
          },
          { title: "Sponsor", start: 62.5, end: 90, toc: false, line: 6 },
          { title: "The interview", start: 90, line: 7 },
        ],
      },
    });
  });

  it("reads a compact file without a title", () => {
    const r = parseJsonChapters('{"version":"1.2.0","chapters":[{"startTime":5,"title":"A"}]}', {
      strict: true,
    });
    expect(r.ok && r.value).toEqual({
      format: "json-chapters",
      chapters: [{ title: "A", start: 5, line: 1 }],
    });
  });
});

describe("parseJsonChapters: errors", () => {
  it.each([
    ["", 1, /^empty file/],
    [
      '{\n  "version": "1.2.0",\n  "chapters": [\n    {"startTime": 0 "title": "A"}\n  ]\n}',
      4,
      /^invalid JSON/,
    ],
    ['{"version": "1.2.0"}', 1, /"chapters" is missing/],
    ['{"version": "1.2.0", "chapters": "none"}', 1, /"chapters" is not an array/],
    ['{"version": "1.2.0", "chapters": []}', 1, /^no chapters found/],
    ["[]", 1, /expected a JSON object with "chapters", found an array/],
  ])("%j fails on line %i", (text, line, message) => {
    const r = parseJsonChapters(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ line, message: expect.stringMatching(message) });
  });
});

describe("parseJsonChapters: warnings, on the chapter's line", () => {
  const good = { startTime: 0, title: "Intro" };
  it.each([
    [[good, 7], "chapter skipped: not an object"],
    [[good, { title: "x" }], 'chapter skipped: has no "startTime" (expected seconds, e.g. 754.5)'],
    [
      [good, { startTime: "1:00", title: "x" }],
      'chapter skipped: has an unusable "startTime" (expected seconds, e.g. 754.5)',
    ],
    [[good, { startTime: 5 }], 'chapter skipped: no "title"'],
    [[good, { startTime: 5, title: "  " }], 'chapter skipped: a blank "title"'],
    [
      [good, { startTime: 5, title: "x", endTime: 5 }],
      'chapter ends at or before its start: "endTime" ignored',
    ],
    [[good, { startTime: 5, title: "x", endTime: "6" }], 'unusable "endTime" ignored (expected seconds)'],
    [
      [good, { startTime: 5, title: "x", img: "javascript:alert(1)" }],
      '"img" ignored: "javascript:alert(1)" is not an http(s) URL',
    ],
    [
      [good, { startTime: 5, title: "x", url: "/relative" }],
      '"url" ignored: "/relative" is not an http(s) URL',
    ],
    [[good, { startTime: 5, title: "x", toc: "no" }], 'unusable "toc" ignored (expected true or false)'],
    [
      [
        { startTime: 9, title: "Late" },
        { startTime: 5, title: "x" },
      ],
      "chapter starts before the previous chapter",
    ],
  ])("%j warns on line 6: %s", (chapters, message) => {
    const text = file(chapters);
    const tolerant = parseJsonChapters(text);
    expect(tolerant.ok).toBe(true);
    expect(tolerant.warnings).toEqual([{ line: 6, message }]);
    expect(parseJsonChapters(text, { strict: true })).toEqual({
      ok: false,
      errors: [{ line: 6, message }],
      warnings: [],
    });
  });

  it("keeps the chapter whose optional field is ignored, without that field", () => {
    const r = parseJsonChapters(file([good, { startTime: 5, title: "x", img: "data:image/png;base64,AA" }]));
    expect(r.ok && r.value.chapters[1]).toEqual({ title: "x", start: 5, line: 6 });
  });

  it("warns on line 1 about an unknown version, not a missing one (hosts often leave it out)", () => {
    const unversioned = parseJsonChapters('{"chapters": [{"startTime": 0, "title": "A"}]}', { strict: true });
    expect(unversioned.ok && unversioned.warnings).toEqual([]);
    expect(parseJsonChapters(file([good], "2.0")).warnings).toEqual([
      { line: 1, message: 'unknown version "2.0" (expected "1.x.x")' },
    ]);
  });
});
