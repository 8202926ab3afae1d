import { describe, expect, it } from "vitest";
import { detectFormat } from "../../lib/parse/detect-format";
import { SEEDS } from "./seeds";

describe("detectFormat: the seeds", () => {
  it.each([
    ["000 summary page", SEEDS.summaryPage, "summary-page"],
    ["001 plain text", SEEDS.plainText, "plain-text"],
    ["002 captions", SEEDS.vtt, "vtt"],
    ["003 notes", SEEDS.notes, "timestamped-notes"],
    ["004 show notes", SEEDS.showNotes, "show-notes"],
  ])("names %s", (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
    expect(detectFormat("\uFEFF" + text.replace(/\n/g, "\r\n"))).toBe(format);
  });
});

describe("detectFormat: small inputs", () => {
  it.each([
    ["WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi", "vtt"],
    ["\uFEFFWEBVTT - Title\n", "vtt"],
    ["WEBVTT", "vtt"],
    ["1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"],
    ["\n\n12\r\n01:02:03,4 --> 01:02:04,500\r\nhi", "srt"],
    [`text <a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>`, "timestamped-notes"],
    [`---\ntitle: x\n---\nclaim <a data-t="1:00">[1:00]</a>`, "timestamped-notes"],
    ["Title\nFull Transcript\n0:00Hello 0:05World", "summary-page"],
    ["# T **Source:** [u](u) ## Full Transcript", "summary-page"],
    ["T\n(00:04) - One\n- (1:02:03) - Two", "show-notes"],
    ["Title\nAnn Lee: hi\nBob Stone: yo", "plain-text"],
    ["Title Ann Lee: hi. Bob Stone: yo", "plain-text"],
  ])("names %j as %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each([
    "",
    "hello world",
    "Ann Lee: only one label",
    "T\n(00:04) - only one chapter",
    "1\n00:00:01.000 --> 00:00:02.000\nhi",
    "Full Transcript and nothing timed",
    "WEBVTTish\n\n00:00:01.000 --> 00:00:02.000",
  ])("names nothing for %j", (text) => {
    expect(detectFormat(text)).toBeUndefined();
  });

  it("does not take a transcript that mentions WEBVTT for captions", () => {
    expect(detectFormat("My talk\nAnn Lee: WEBVTT files are captions.\nBob Stone: WEBVTT\nyes")).toBe(
      "plain-text",
    );
  });

  it("prefers captions over the speaker labels inside them", () => {
    expect(detectFormat("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnn Lee: hi Bob Stone: yo")).toBe("vtt");
  });
});

describe("detectFormat: Podcasting 2.0 JSON transcripts", () => {
  const segment = (body: string) => ({ speaker: "Ann Lee", startTime: 1, endTime: 2, body });
  const json = (...bodies: string[]) =>
    JSON.stringify({ version: "1.0.0", segments: bodies.map(segment) }, null, 2);

  it.each([
    ["a pretty-printed file", json("Hello there.")],
    ["a compact file", '{"version":"1.0.0","segments":[]}'],
    ["a BOM, CRLF and leading blank lines", "\uFEFF\r\n\r\n" + json("hi").replace(/\n/g, "\r\n")],
    [
      "broken JSON that names segments (its parser reports where)",
      '{"version": "1.0.0", "segments": [\n{"body": "x",}',
    ],
    ["segments that are not an array (its parser says so)", '{"segments": 3}'],
  ])("names %s", (_name, text) => {
    expect(detectFormat(text)).toBe("json-transcript");
  });

  it.each([
    ["WebVTT", json("WEBVTT", "00:00:01.000 --> 00:00:02.000")],
    ["SRT", JSON.stringify({ segments: [] }) + "\n1\n00:00:01,000 --> 00:00:02,000\nhi"],
    ["timestamped notes", json('claim <a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>')],
    ["a summary page", json("## Full Transcript 0:00Hello 0:05World **Source:**")],
    ["show notes", json("(00:04) - One", "(1:02:03) - Two")],
    ["plain text", json("Ann Lee: hi. Bob Stone: yo")],
  ])("is not taken for %s by what its bodies say", (_name, text) => {
    expect(detectFormat(text)).toBe("json-transcript");
  });

  it.each([['{"version": "1.0.0"}'], ['{"title": "x", "items": []}'], ["[1, 2, 3]"], ['"segments"']])(
    "names no format for other JSON: %j",
    (text) => {
      expect(detectFormat(text)).toBeUndefined();
    },
  );
});

describe("detectFormat: HTML transcripts", () => {
  const snippet =
    "<cite>Kevin:</cite>\n<time>0:00</time>\n<p>Hello.</p>\n<cite>Alban:</cite>\n<time>0:09</time>\n<p>Hi.</p>";

  it.each([
    ["the namespace's snippet", snippet],
    [
      "a full page with a BOM and CRLF",
      "\uFEFF<!DOCTYPE html>\r\n<html><body>\r\n" + snippet.replace(/\n/g, "\r\n") + "\r\n</body></html>",
    ],
    ["turns without cites, hours and attributes", '<time class="t">1:02:03</time><P>One.</P>'],
  ])("names %s", (_name, text) => {
    expect(detectFormat(text)).toBe("html-transcript");
  });

  it("does not take the seeds' summary page or notes for one, even with HTML times added", () => {
    const timed = "\n<time>0:01</time>\n<p>x</p>\n";
    expect(detectFormat(SEEDS.summaryPage + timed)).toBe("summary-page");
    expect(detectFormat(timed + SEEDS.notes)).toBe("timestamped-notes");
  });

  it.each([
    ["an HTML page with a date, not a clock time", '<p>Posted <time datetime="2024-05-01">May 1</time></p>'],
    ["times without paragraphs", "<time>0:00</time> <time>0:09</time>"],
    ["speaker labels in HTML paragraphs (plain text)", "<p>Ann Lee: hi</p>\n<p>Bob Stone: yo</p>"],
    ["show notes with chapter lines in paragraphs", "<p>T</p>\n<p>(00:04) - One</p>\n<p>(1:02:03) - Two</p>"],
  ])("leaves %s to the other formats", (_name, text) => {
    expect(detectFormat(text)).not.toBe("html-transcript");
  });
});

describe("detectFormat: JSON chapters", () => {
  it.each([
    ["a chapters file", '{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}]}'],
    ["broken JSON that names chapters", '{"version": "1.2.0",\n"chapters": [{"startTime": 0,]'],
    [
      "chapters whose titles look like other formats",
      JSON.stringify({
        chapters: [
          { startTime: 0, title: "WEBVTT" },
          { startTime: 1, title: "(00:04) - One" },
          { startTime: 2, title: "Ann Lee: hi" },
        ],
      }),
    ],
  ])("names %s", (_name, text) => {
    expect(detectFormat(text)).toBe("json-chapters");
  });

  it("names a transcript that also has a chapters key a transcript (segments first)", () => {
    expect(detectFormat('{"segments": [], "chapters": []}')).toBe("json-transcript");
  });
});
