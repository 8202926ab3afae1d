import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../lib/parse/detect-format";
import { parseClockTime } from "../../lib/time/parse-timestamp";
import { parsePlainText } from "../../lib/parse/parse-plain-text";
import { parseHtmlTranscript } from "../../lib/parse/parse-html-transcript";
import { parseJsonChapters } from "../../lib/parse/parse-json-chapters";
import { parseJsonTranscript } from "../../lib/parse/parse-json-transcript";
import { parseShowNotes } from "../../lib/parse/parse-show-notes";
import { decodeSourceBytes, parseSource } from "../../lib/parse/parse-source";
import { parseSrt } from "../../lib/parse/parse-srt";
import { parseSummaryPage } from "../../lib/parse/parse-summary-page";
import { parseTimestampedNotes } from "../../lib/parse/parse-timestamped-notes";
import { parseVtt } from "../../lib/parse/parse-vtt";
import type { ParseIssue, ParseOptions, ParseResult } from "../../lib/parse/types";
import { SEEDS } from "./seeds";

type Parser = (text: string, options?: ParseOptions) => ParseResult<unknown>;

/** Name, parser, a valid input (the real seed where there is one), the format of its documents. */
const PARSERS: [string, Parser, string, string][] = [
  ["parseVtt", parseVtt, SEEDS.vtt, "vtt"],
  [
    "parseSrt",
    parseSrt,
    "1\n00:00:01,000 --> 00:00:02,000\nAnn: hi\n\n2\n00:00:03,000 --> 00:00:04,500\n<i>yo</i>\n",
    "srt",
  ],
  ["parseSummaryPage", parseSummaryPage, SEEDS.summaryPage, "summary-page"],
  ["parsePlainText", parsePlainText, SEEDS.plainText, "plain-text"],
  ["parseTimestampedNotes", parseTimestampedNotes, SEEDS.notes, "timestamped-notes"],
  ["parseShowNotes", parseShowNotes, SEEDS.showNotes, "show-notes"],
  [
    "parseJsonTranscript",
    parseJsonTranscript,
    '{\n  "version": "1.0.0",\n  "segments": [\n    {"speaker": "Ann Lee", "startTime": 0.5, "endTime": 1.25, "body": "Hello,"},\n' +
      '    {"speaker": "Ann Lee", "startTime": 1.3, "endTime": 2, "body": "welcome."},\n' +
      '    {"speaker": "Bob Stone", "startTime": 2.5, "body": "Thanks for having me."}\n  ]\n}\n',
    "json-transcript",
  ],
  [
    "parseHtmlTranscript",
    parseHtmlTranscript,
    "<!DOCTYPE html>\n<title>T</title>\n<cite>Kevin:</cite>\n<time>0:00</time>\n<p>We have an update &amp; more.</p>\n" +
      "<cite>Alban :</cite>\n<time>0:09</time>\n<p>You're triggering Tom.</p>\n<p>Again.</p>\n",
    "html-transcript",
  ],
  [
    "parseJsonChapters",
    parseJsonChapters,
    '{\n  "version": "1.2.0",\n  "chapters": [\n    {"startTime": 0, "title": "Intro", "img": "https://e.org/i.jpg"},\n' +
      '    {"startTime": 62.5, "title": "Ad", "toc": false, "endTime": 90},\n    {"startTime": 90, "title": "Talk", "url": "https://e.org/"}\n  ]\n}\n',
    "json-chapters",
  ],
];

const isLine = (issue: ParseIssue): boolean =>
  Number.isInteger(issue.line) && issue.line >= 1 && typeof issue.message === "string";

/**
 * The contract: ok with a document of the parser's `format`, or at least one error; every issue
 * on a positive integer line.
 */
function checkContract(parse: Parser, text: string, strict: boolean, format: string | undefined): void {
  const r = parse(text, { strict });
  expect(r.warnings.every(isLine)).toBe(true);
  if (r.ok) expect((r.value as { format?: unknown }).format).toBe(format);
  else {
    expect(r.errors.length).toBeGreaterThanOrEqual(1);
    expect(r.errors.every(isLine)).toBe(true);
    // The never-throw guard must not be what saved us: no internal exceptions at all.
    expect(r.errors.map((e) => e.message).join("\n")).not.toMatch(/internal parser error/);
  }
}

/** Fragments that steer random text into the parsers' interesting paths. */
const TOKENS = [
  "WEBVTT",
  "WEBVTT - t",
  "-->",
  " --> ",
  "\n",
  "\n\n",
  "\r\n",
  "\r",
  "00:00:01.000",
  "0:00:04.440",
  "00:00:01,000",
  "1",
  "<v Speaker 1>",
  "</v>",
  "<i>",
  "<",
  ">",
  "&amp;",
  "&#",
  ";",
  "NOTE",
  "---",
  "title: x",
  "videoId: y",
  ": [",
  "## ",
  "### ",
  "*   ",
  "- ",
  "[[",
  "]]",
  " | ",
  '<a class="yt-timestamp" data-t="00:01:13">[00:01:13]</a>',
  "<br/>",
  "# T ",
  "**Source:** ",
  "[u](https://youtu.be/abcdefghijk&t=5s)",
  "**Duration:** ",
  "## Summary",
  "## Sections",
  "## Full Transcript",
  "0:00",
  "12:38",
  "Key Points",
  "  • ",
  "(00:04) - ",
  "(1:02:03)",
  "Tim Harford: ",
  "Ann Lee:",
  "TIM HARFORD: ",
  "\u00A0",
  "\uFEFF",
  "\uFDD0",
  "é",
  "😀",
  "\u0000",
  "word",
  " ",
  "{",
  "}",
  "[",
  "]",
  ",",
  '"',
  '"version": "1.0.0"',
  '"segments": [',
  '"startTime": ',
  '"endTime": ',
  '"body": "',
  '"speaker": "',
  "1.5",
  "-2",
  "null",
  "\\u00e9",
  "<cite>",
  "</cite>",
  "<time>",
  "</time>",
  "<p>",
  "</p>",
  "<script>",
  "<!--",
  '"chapters": [',
  '"title": "',
  '"toc": false',
  '"img": "https://e.org/i.jpg"',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  tokenText,
);

/** Random edits of a seed: truncate, delete or duplicate a line, inject unicode. */
type Edit = { kind: "truncate" | "delete" | "duplicate" | "inject"; at: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom("truncate", "delete", "duplicate", "inject"),
  at: fc.nat(),
  text: fc.string({ unit: "binary", maxLength: 12 }),
});
function mutate(seed: string, edits: Edit[]): string {
  let text = seed;
  for (const e of edits) {
    const lines = text.split("\n");
    const k = e.at % Math.max(1, lines.length);
    if (e.kind === "truncate") text = text.slice(0, e.at % (text.length + 1));
    else if (e.kind === "delete") text = [...lines.slice(0, k), ...lines.slice(k + 1)].join("\n");
    else if (e.kind === "duplicate") text = [...lines.slice(0, k + 1), ...lines.slice(k)].join("\n");
    else {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.text + text.slice(at);
    }
  }
  return text;
}

describe.each(PARSERS)("%s never throws and keeps the result contract", (_name, parse, seed, format) => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, strict) => checkContract(parse, text, strict, format)),
      { numRuns: 150 },
    );
  });

  it("on mutated seeds", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, strict) => {
        checkContract(parse, mutate(seed, edits), strict, format);
      }),
      { numRuns: 100 },
    );
  });
});

describe("parseSource, detectFormat and decodeSourceBytes never throw", () => {
  it("parseSource on arbitrary strings and mutated seeds", () => {
    const seeds = Object.values(SEEDS);
    const input = fc.oneof(
      anyText,
      fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 3 })).map(([s, e]) => mutate(s, e)),
    );
    fc.assert(
      fc.property(input, fc.boolean(), (text, strict) => {
        // parseSource parses by the detected format.
        const format = detectFormat(text);
        checkContract(parseSource, text, strict, format);
        expect(format === undefined || typeof format === "string").toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("decodeSourceBytes gives LF-only text or an error on a positive line", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeSourceBytes(bytes);
        if ("text" in r) expect(r.text).not.toMatch(/\r/);
        else expect(isLine(r.error)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("parseClockTime gives undefined or a finite non-negative number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^\d{1,3}:\d{2}(:\d{2})?(\.\d{1,3})?$/)),
        (text) => {
          const t = parseClockTime(text);
          expect(t === undefined || (Number.isFinite(t) && t >= 0)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
