import { describe, expect, it } from "vitest";
import { decodeSourceBytes, parseSource, UNRECOGNISED_FORMAT } from "../../lib/parse/parse-source";
import { SEEDS } from "./seeds";

describe("parseSource", () => {
  it.each([
    [SEEDS.summaryPage, "summary-page"],
    [SEEDS.plainText, "plain-text"],
    [SEEDS.vtt, "vtt"],
    [SEEDS.notes, "timestamped-notes"],
    [SEEDS.showNotes, "show-notes"],
  ])("parses each seed with the right parser (%#)", (text, format) => {
    const r = parseSource(text, { strict: true });
    expect(r.ok && r.value.format).toBe(format);
  });

  it("parses SRT", () => {
    const r = parseSource("1\n00:00:01,000 --> 00:00:02,000\nhi\n");
    expect(r.ok && r.value).toEqual({ format: "srt", cues: [{ start: 1, end: 2, text: "hi", line: 2 }] });
  });

  it("rejects unknown content with one line-1 error", () => {
    const r = parseSource("just some words\nno structure");
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message:
            "not a recognised format (expected WebVTT, SRT, summary page, plain speaker-labelled text, timestamped notes, show notes, a Podcasting 2.0 JSON or HTML transcript or JSON chapters)",
        },
      ],
      warnings: [],
    });
    expect(UNRECOGNISED_FORMAT).toBe(!r.ok ? r.errors[0]?.message : "");
  });

  it("passes strict mode through to the parser", () => {
    const text = "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards";
    expect(parseSource(text).ok).toBe(true);
    expect(parseSource(text, { strict: true })).toMatchObject({ ok: false, errors: [{ line: 3 }] });
  });
});

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};

describe("decodeSourceBytes", () => {
  it("decodes UTF-8 with and without BOM", () => {
    expect(decodeSourceBytes(utf8("héllo “x”"))).toEqual({ text: "héllo “x”" });
    expect(decodeSourceBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("WEBVTT")]))).toEqual({
      text: "WEBVTT",
    });
  });

  it("decodes UTF-16 LE and BE with BOM", () => {
    expect(decodeSourceBytes(utf16("Ann: hé\r\nBob: “yo”", false))).toEqual({ text: "Ann: hé\nBob: “yo”" });
    expect(decodeSourceBytes(utf16("Ann: hé\nBob: “yo”", true))).toEqual({ text: "Ann: hé\nBob: “yo”" });
  });

  it("normalises CRLF and lone CR to LF, one line each", () => {
    expect(decodeSourceBytes(utf8("a\r\nb\rc\n\r\nd"))).toEqual({ text: "a\nb\nc\n\nd" });
  });

  it("decodes invalid UTF-8 as Windows-1252", () => {
    expect(
      decodeSourceBytes(
        new Uint8Array([0x93, ...utf8("quoted"), 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]),
      ),
    ).toEqual({
      text: "“quoted” café €",
    });
  });

  it("rejects NUL bytes with the line they are on", () => {
    const r = decodeSourceBytes(utf8("a\nb\nc\u0000d"));
    expect("error" in r && r.error.line).toBe(3);
  });

  it.each([
    ["a control character", new Uint8Array([...utf8("ok\nbad "), 0x01])],
    ["a byte undefined in Windows-1252", new Uint8Array([...utf8("ab"), 0x81, 0xff])],
    ["mostly high bytes", new Uint8Array(Array.from({ length: 64 }, (_, i) => 0xa0 + (i % 90)))],
    ["broken UTF-16", new Uint8Array([0xff, 0xfe, 0x00, 0xd8])],
  ])("rejects %s as binary", (_what, bytes) => {
    const r = decodeSourceBytes(bytes);
    expect("error" in r).toBe(true);
    expect("error" in r && r.error.line).toBeGreaterThanOrEqual(1);
  });

  it("decodes the seeds exactly as UTF-8 text", () => {
    for (const text of Object.values(SEEDS)) expect(decodeSourceBytes(utf8(text))).toEqual({ text });
  });

  it("keeps line numbers: a CRLF caption file broken on line 5 fails on line 5", () => {
    const bytes = utf8(["WEBVTT", "", "NOTE x", "", "00:00:03.000 --> 00:00:4.000", "y"].join("\r\n"));
    const decoded = decodeSourceBytes(bytes);
    if ("error" in decoded) throw new Error(decoded.error.message);
    expect(parseSource(decoded.text)).toMatchObject({ ok: false, warnings: [{ line: 5 }] });
    expect(parseSource(decoded.text, { strict: true })).toMatchObject({
      ok: false,
      errors: [{ line: 1 }, { line: 5 }],
    });
  });
});
