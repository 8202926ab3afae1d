import { parseText } from "media-captions";
import { describe, expect, it } from "vitest";
import { parseVtt } from "../../lib/parse/parse-vtt";
import { linesOf, SEEDS } from "./seeds";

const vtt = (...lines: string[]): string => lines.join("\n");

describe("parseVtt: good input", () => {
  const sample = vtt(
    "WEBVTT - My Show",
    "",
    "00:00:01.000 --> 00:00:04.000",
    "<v Alice>Hello <i>there</i> &amp; welcome",
    "to the show",
    "",
    "intro",
    "00:01:02.500 --> 1:00:03.250 align:start",
    "Second &lt;cue&gt;",
  );

  it("reads times in seconds, voice, plain text and timing-line numbers", () => {
    const r = parseVtt(sample);
    expect(r).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "vtt",
        title: "My Show",
        cues: [
          { start: 1, end: 4, voice: "Alice", text: "Hello there & welcome to the show", line: 3 },
          { start: 62.5, end: 3603.25, text: "Second <cue>", line: 8 },
        ],
      },
    });
  });

  it("takes the title after `WEBVTT ` and none from a bare header", () => {
    const body = "\n\n00:00:01.000 --> 00:00:02.000\nhi";
    expect(parseVtt("WEBVTT My Title" + body).ok && parseVtt("WEBVTT My Title" + body)).toMatchObject({
      value: { title: "My Title" },
    });
    const bare = parseVtt("WEBVTT" + body);
    expect(bare.ok && bare.value.title).toBeUndefined();
  });

  it("accepts a one-digit hour and minutes-only timestamps as browsers do", () => {
    const r = parseVtt(
      vtt("WEBVTT", "", "0:00:04.440 --> 0:00:12.600", "a", "", "00:01.000 --> 00:02.500", "b"),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cues[0]?.start).toBeCloseTo(4.44, 9);
    expect(r.value.cues[0]?.end).toBeCloseTo(12.6, 9);
    expect(r.value.cues[1]).toMatchObject({ start: 1, end: 2.5, text: "b", line: 6 });
  });

  it("keeps voice from a classed <v> tag and drops timestamp tags", () => {
    const r = parseVtt(
      vtt("WEBVTT", "", "00:00:01.000 --> 00:00:03.000", "<v.loud Bob>One <00:00:02.000>two</v>"),
    );
    expect(r.ok && r.value.cues[0]).toEqual({ start: 1, end: 3, voice: "Bob", text: "One two", line: 3 });
  });

  it("decodes numeric entities once (no double decoding)", () => {
    const r = parseVtt(vtt("WEBVTT", "", "00:00:01.000 --> 00:00:03.000", "it&#8217;s &amp;lt; &#x41;"));
    expect(r.ok && r.value.cues[0]?.text).toBe("it’s &lt; A");
  });

  it("numbers lines the same with a BOM and CRLF line ends", () => {
    const r = parseVtt(
      "\uFEFF" + ["WEBVTT", "", "NOTE x", "", "00:00:01.000 --> 00:00:02.000", "hi"].join("\r\n"),
    );
    expect(r.ok && r.value.cues[0]?.line).toBe(5);
  });

  it("ignores NOTE, STYLE and REGION blocks silently", () => {
    const r = parseVtt(
      vtt(
        "WEBVTT",
        "",
        "STYLE",
        "::cue { color: red }",
        "",
        "NOTE hello",
        "",
        "00:00:01.000 --> 00:00:02.000",
        "x",
      ),
    );
    expect(r.ok && r.warnings).toEqual([]);
  });
});

describe("parseVtt: bad input", () => {
  const brokenOnLine5 = vtt(
    "WEBVTT",
    "",
    "NOTE the cue below is broken",
    "",
    "00:00:03.000 --> 00:00:4.000",
    "second",
    "",
    "00:00:05.000 --> 00:00:06.000",
    "third",
  );

  it("skips a cue with a broken timing line with a warning on that line (tolerant)", () => {
    const r = parseVtt(brokenOnLine5);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cues).toEqual([{ start: 5, end: 6, text: "third", line: 8 }]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.line).toBe(5);
    expect(r.warnings[0]?.message).toMatch(/end time/);
  });

  it("reports the broken timing line as an error in strict mode", () => {
    const r = parseVtt(brokenOnLine5, { strict: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.line)).toEqual([5]);
  });

  it.each([
    ["00:01.5 --> 00:02.000", "start"],
    ["60:00.000 --> 61:00.000", "start"],
    ["1:00.000 --> 00:02.000", "start"],
    ["00:00:01.000 -> 00:00:02.000", "outside any cue"],
    ["00:00:01.000 00:00:02.000 -->", '"-->"'],
    ["00:00:01.000 --> 00:00:02", "end"],
  ])("rejects the timing %j as browsers do", (timing, what) => {
    const r = parseVtt(vtt("WEBVTT", "", timing, "t"));
    expect(r.ok).toBe(false);
    const all = [...(r.ok ? [] : r.errors), ...r.warnings];
    expect(all.some((i) => i.line === 3 && i.message.includes(what))).toBe(true);
  });

  it.each([
    ["", 1],
    ["   \n\n", 1],
    ["hello\n\n00:00:01.000 --> 00:00:02.000\nhi", 1],
    ["WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nhi", 1],
    ["Some notes about\nWEBVTT files\n\n00:00:01.000 --> 00:00:02.000\nhi", 1],
    ["WEBVTT\n\n", 1],
    ["WEBVTT\n\njust words\n", 1],
  ])("fails on %j with an error on line %d", (text, line) => {
    const r = parseVtt(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.line).toBe(line);
  });

  it("warns (strict: errors) when a cue ends before it starts", () => {
    const text = vtt("WEBVTT", "", "00:00:05.000 --> 00:00:01.000", "backwards");
    const loose = parseVtt(text);
    expect(loose.ok && loose.value.cues).toHaveLength(1);
    expect(loose.warnings.map((w) => w.line)).toEqual([3]);
    const strict = parseVtt(text, { strict: true });
    expect(!strict.ok && strict.errors.map((e) => e.line)).toEqual([3]);
  });

  it("warns about unknown cue settings and stray text", () => {
    const r = parseVtt(vtt("WEBVTT", "", "stray words", "", "00:00:01.000 --> 00:00:02.000 foo:bar", "x"));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.line)).toEqual([3, 5]);
  });

  it("starts a new cue at a timing line that follows text without a blank line", () => {
    const r = parseVtt(
      vtt("WEBVTT", "", "00:00:01.000 --> 00:00:02.000", "a", "00:00:03.000 --> 00:00:04.000", "b"),
    );
    expect(r.ok && r.value.cues.map((c) => [c.text, c.line])).toEqual([
      ["a", 3],
      ["b", 5],
    ]);
  });
});

describe("parseVtt: seed 002 (audio captions)", () => {
  const r = parseVtt(SEEDS.vtt);

  it("gives 459 cues, no errors, 4 anonymous voices and the header title", () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.cues).toHaveLength(459);
    expect(new Set(r.value.cues.map((c) => c.voice))).toEqual(
      new Set(["Speaker 1", "Speaker 2", "Speaker 3", "Speaker 4"]),
    );
    expect(r.value.title).toBe(
      "Smart Talks with IBM - Hugging Face and watsonx: Why Open Source Is the Future of AI in Business",
    );
  });

  it("reads the first and last cues as written in the file", () => {
    if (!r.ok) throw new Error("seed failed");
    const first = r.value.cues[0];
    expect(first).toMatchObject({
      voice: "Speaker 1",
      line: 3,
      text: "Welcome to Tech Stuff, a production from iHeartRadio. Today, we",
    });
    expect(first?.start).toBeCloseTo(4.44, 9);
    expect(first?.end).toBeCloseTo(12.6, 9);
    const last = r.value.cues[r.value.cues.length - 1];
    expect(last).toMatchObject({ voice: "Speaker 2", text: "listen to podcasts." });
    expect(last?.start).toBeCloseTo(31 * 60 + 30.72, 9);
    expect(last?.end).toBeCloseTo(31 * 60 + 42.36, 9);
  });

  it("points every cue at its timing line and leaves no markup in the text", () => {
    if (!r.ok) throw new Error("seed failed");
    const lines = linesOf(SEEDS.vtt);
    for (const cue of r.value.cues) {
      expect(lines[cue.line - 1]).toContain("-->");
      expect(cue.text).not.toMatch(/[<>]/);
    }
  });

  it("agrees with media-captions' (async) parser on every cue time", async () => {
    if (!r.ok) throw new Error("seed failed");
    const lib = await parseText(SEEDS.vtt, { type: "vtt" });
    expect(lib.errors).toEqual([]);
    expect(r.value.cues.map((c) => [c.start, c.end])).toEqual(lib.cues.map((c) => [c.startTime, c.endTime]));
  });

  it("passes in strict mode", () => {
    expect(parseVtt(SEEDS.vtt, { strict: true }).ok).toBe(true);
  });
});
