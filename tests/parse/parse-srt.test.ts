import { parseText } from "media-captions";
import { describe, expect, it } from "vitest";
import { parseSrt, srtSpeaker } from "../../lib/parse/parse-srt";

const srt = (...lines: string[]): string => lines.join("\n");

const SAMPLE = srt(
  "1",
  "00:00:01,000 --> 00:00:02,500",
  "Hello",
  "world",
  "",
  "2",
  "00:00:03,000 --> 00:00:04,000",
  "Alice: Hi there",
  "",
  "3",
  "00:01:00,250 --> 00:01:02,000",
  "[Bob] <i>Yes</i> &amp; no",
  "",
  "4",
  "01:00:03,000 --> 01:00:04,000",
  "<v Carol>Fine",
  "",
);

describe("parseSrt: good input", () => {
  it("reads index, comma times in seconds, joined text and speakers", () => {
    expect(parseSrt(SAMPLE)).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "srt",
        cues: [
          { start: 1, end: 2.5, text: "Hello world", line: 2 },
          { start: 3, end: 4, voice: "Alice", text: "Hi there", line: 7 },
          { start: 60.25, end: 62, voice: "Bob", text: "Yes & no", line: 11 },
          { start: 3603, end: 3604, voice: "Carol", text: "Fine", line: 15 },
        ],
      },
    });
  });

  it("agrees with media-captions' SRT parser on the times", async () => {
    const ours = parseSrt(SAMPLE);
    const lib = await parseText(SAMPLE, { type: "srt" });
    expect(ours.ok && ours.value.cues.map((c) => [c.start, c.end])).toEqual(
      lib.cues.map((c) => [c.startTime, c.endTime]),
    );
  });

  it("handles CRLF, a BOM and {\\an8} override tags", () => {
    const r = parseSrt("\uFEFF" + ["1", "00:00:01,000 --> 00:00:02,000", "{\\an8}Top text", ""].join("\r\n"));
    expect(r.ok && r.value.cues).toEqual([{ start: 1, end: 2, text: "Top text", line: 2 }]);
  });

  it("does not take sound cues or lowercase prefixes as speakers", () => {
    expect(srtSpeaker("[MUSIC] playing")).toEqual({ text: "[MUSIC] playing" });
    expect(srtSpeaker("note: this")).toEqual({ text: "note: this" });
    expect(srtSpeaker("Dr Who: hi")).toEqual({ text: "hi", voice: "Dr Who" });
  });

  it("splits subtitles that lack a blank line between them (with a warning)", () => {
    const r = parseSrt(
      srt("1", "00:00:01,000 --> 00:00:02,000", "a", "2", "00:00:03,000 --> 00:00:04,000", "b"),
    );
    expect(r.ok && r.value.cues.map((c) => [c.text, c.line])).toEqual([
      ["a", 2],
      ["b", 5],
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([4]);
  });

  it("joins text after a blank line inside a subtitle to that subtitle (with a warning)", () => {
    const r = parseSrt(
      srt(
        "1",
        "00:00:01,000 --> 00:00:02,000",
        "a",
        "",
        "more words",
        "",
        "2",
        "00:00:03,000 --> 00:00:04,000",
        "b",
      ),
    );
    expect(r.ok && r.value.cues.map((c) => c.text)).toEqual(["a more words", "b"]);
    expect(r.warnings.map((w) => w.line)).toEqual([5]);
  });
});

describe("parseSrt: bad input", () => {
  const brokenOnLine6 = srt(
    "1",
    "00:00:01,000 --> 00:00:02,000",
    "ok",
    "",
    "2",
    "00:00:03,000 --> 00:00:xx,000",
    "bad",
    "",
  );

  it("skips a subtitle with a broken timing line, warning on its line", () => {
    const r = parseSrt(brokenOnLine6);
    expect(r.ok && r.value.cues.map((c) => c.text)).toEqual(["ok"]);
    expect(r.warnings.map((w) => w.line)).toEqual([6]);
  });

  it("makes that an error in strict mode", () => {
    const r = parseSrt(brokenOnLine6, { strict: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.line)).toEqual([6]);
  });

  it("tolerates dot separators and a missing index with warnings", () => {
    const r = parseSrt(srt("00:00:01.000 --> 00:00:02.000", "x"));
    expect(r.ok && r.value.cues).toEqual([{ start: 1, end: 2, text: "x", line: 1 }]);
    expect(r.warnings.map((w) => w.line)).toEqual([1, 1]);
    expect(parseSrt(srt("00:00:01.000 --> 00:00:02.000", "x"), { strict: true }).ok).toBe(false);
  });

  it("warns about a non-numeric index", () => {
    const r = parseSrt(srt("one", "00:00:01,000 --> 00:00:02,000", "x"));
    expect(r.ok).toBe(true);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.line).toBe(1);
  });

  it.each(["", "\n \n", "just some words\nand more", "1\n00:00:01,000 --> nope\ntext"])(
    "fails on %j with an error on line 1",
    (text) => {
      const r = parseSrt(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]?.line).toBe(1);
    },
  );

  it("warns when a subtitle ends before it starts", () => {
    const r = parseSrt(srt("1", "00:00:05,000 --> 00:00:01,000", "x"));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });
});
