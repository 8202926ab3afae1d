import { describe, expect, it } from "vitest";
import { parseSource } from "@/lib/parse/parse-source";
import { sanitizeDoc } from "@/lib/parse/sanitize-doc";
import type { ParsedDoc } from "@/lib/parse/types";
import { SEEDS } from "./seeds";

// The merge is handed documents built by hand (tests, tools) as well as by the parsers, so it
// reads them through sanitizeDoc. Garbled values arrive typed as anything: cast them through.
const garbled = (value: unknown) => sanitizeDoc(value as ParsedDoc);

describe("sanitizeDoc on the parsers' own documents", () => {
  it.each(Object.entries(SEEDS))("leaves the parsed %s seed as it is", (_name, text) => {
    const parsed = parseSource(text);
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}: ${e.message}`).join("\n"));
    expect(sanitizeDoc(parsed.value)).toStrictEqual(parsed.value);
  });
});

describe("sanitizeDoc on garbled documents", () => {
  it("gives undefined for an unknown format or a value that is not a document", () => {
    expect(garbled({ format: "docx", turns: [] })).toBeUndefined();
    expect(garbled({ cues: [] })).toBeUndefined();
    expect(garbled(null)).toBeUndefined();
    expect(garbled("vtt")).toBeUndefined();
    expect(garbled([])).toBeUndefined();
  });

  it("drops cues without a usable start and gives an unusable end the start", () => {
    const doc = garbled({
      format: "vtt",
      cues: [
        { start: 1, end: 2, text: "kept", line: 3 },
        { start: Number.NaN, end: 5, text: "no start", line: 4 },
        { start: 2e7, end: 2e7, text: "too late", line: 5 },
        { start: "6", end: 7, text: "a string", line: 6 },
        { start: 8, end: Number.POSITIVE_INFINITY, text: "open end", line: 7 },
        "not a cue",
      ],
    });
    expect(doc).toMatchObject({
      format: "vtt",
      cues: [
        { start: 1, end: 2, text: "kept", line: 3 },
        { start: 8, end: 8, text: "open end", line: 7 },
      ],
    });
  });

  it("keeps a cue's usable timed parts, drops the others, and leaves no parts key when none is usable", () => {
    const doc = garbled({
      format: "json-transcript",
      cues: [
        {
          start: 1,
          end: 3,
          text: "one two",
          line: 4,
          parts: [
            { text: "one", start: 1, end: 2 },
            { text: "bad", start: "x", end: 2 },
            "junk",
            { text: "two", start: 2, end: 3 },
          ],
        },
        { start: 4, end: 5, text: "three", line: 9, parts: [{ text: "three", start: Number.NaN, end: 5 }] },
        { start: 6, end: 7, text: "four", line: 10, parts: "not a list" },
      ],
    });
    expect(doc).toStrictEqual({
      format: "json-transcript",
      cues: [
        {
          start: 1,
          end: 3,
          text: "one two",
          line: 4,
          parts: [
            { text: "one", start: 1, end: 2 },
            { text: "two", start: 2, end: 3 },
          ],
        },
        { start: 4, end: 5, text: "three", line: 9 },
        { start: 6, end: 7, text: "four", line: 10 },
      ],
    });
  });

  it("makes strings of non-strings, line 1 of unusable lines, and drops blank optional strings", () => {
    const doc = garbled({
      format: "srt",
      title: "  ",
      cues: [{ start: 0, end: 1, voice: " ", text: 42, line: Number.NaN }],
    });
    expect(doc).toEqual({ format: "srt", cues: [{ start: 0, end: 1, text: "", line: 1 }] });
    expect(doc && "cues" in doc && doc.cues[0]?.voice).toBeFalsy();
  });

  it("makes missing or mistyped lists empty and drops unknown keys", () => {
    expect(garbled({ format: "show-notes", title: 7, blocks: "x", extra: true })).toEqual({
      format: "show-notes",
      title: "",
      blocks: [],
      chapters: [],
    });
  });

  it("trims turn speakers, drops blank ones, and keeps word-index breaks sorted", () => {
    const doc = garbled({
      format: "plain-text",
      turns: [
        { speaker: "  Ann ", text: "a b c", line: 2, breaks: [2, -1, 1.5, "1", 0] },
        { speaker: " ", text: "d", line: 3, breaks: [-4] },
        null,
      ],
    });
    expect(doc).toEqual({
      format: "plain-text",
      turns: [
        { speaker: "Ann", text: "a b c", line: 2, breaks: [0, 2] },
        { text: "d", line: 3 },
        { text: "", line: 1 },
      ],
    });
  });

  it("keeps a summary page's items that need no time and drops timed items without one", () => {
    const doc = garbled({
      format: "summary-page",
      title: "T",
      youtubeId: "",
      duration: -5,
      keyPoints: [{ text: "point", line: 4 }, 3],
      summary: ["para", 9],
      sections: [
        { title: "S", description: "d", start: 10, line: 7 },
        { title: "no time", description: "d", line: 8 },
      ],
      chunks: [{ start: 0, text: "hi", line: 9 }, { text: "lost" }],
      turns: [],
    });
    expect(doc).toEqual({
      format: "summary-page",
      title: "T",
      keyPoints: [
        { text: "point", line: 4 },
        { text: "", line: 1 },
      ],
      summary: ["para", ""],
      sections: [{ title: "S", description: "d", start: 10, line: 7 }],
      chunks: [{ start: 0, text: "hi", line: 9 }],
      turns: [],
    });
  });

  it("keeps untimed notes, makes front matter values strings and link fields strings", () => {
    const doc = garbled({
      format: "timestamped-notes",
      videoId: "abcdefghijk",
      frontMatter: { tags: 3, title: "x" },
      notes: [
        { headingPath: ["A", 1], text: "n", start: Number.NaN, links: [{ label: "L" }, null], line: 5 },
      ],
      preamble: "From: x",
    });
    expect(doc).toEqual({
      format: "timestamped-notes",
      videoId: "abcdefghijk",
      frontMatter: { tags: "", title: "x" },
      notes: [
        {
          headingPath: ["A", ""],
          text: "n",
          links: [
            { label: "L", target: "" },
            { label: "", target: "" },
          ],
          line: 5,
        },
      ],
      preamble: [],
    });
  });

  it("reads an unknown block kind as a paragraph", () => {
    expect(
      garbled({
        format: "show-notes",
        title: "T",
        blocks: [{ kind: "table", items: ["a"], line: 2 }],
        chapters: [],
      }),
    ).toEqual({
      format: "show-notes",
      title: "T",
      blocks: [{ kind: "paragraph", items: ["a"], line: 2 }],
      chapters: [],
    });
  });
});
