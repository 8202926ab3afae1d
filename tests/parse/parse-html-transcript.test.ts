import { describe, expect, it } from "vitest";
import { parseHtmlTranscript } from "../../lib/parse/parse-html-transcript";

/** The namespace's example, as a bare fragment (lines 1-6). */
const SNIPPET = [
  "<cite>Kevin:</cite>",
  "<time>0:00</time>",
  "<p>We have an update planned where we would like to give the ability to upload an artwork file for these videos</p>",
  "<cite>Alban :</cite>",
  "<time>0:09</time>",
  "<p>You're triggering Tom right now with a hey, here's a cool feature.</p>",
].join("\n");

describe("parseHtmlTranscript: valid forms", () => {
  it("reads the namespace's snippet: cited speakers as voices, each turn ending where the next starts", () => {
    expect(parseHtmlTranscript(SNIPPET, { strict: true })).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "html-transcript",
        cues: [
          {
            start: 0,
            end: 9,
            voice: "Kevin",
            text: "We have an update planned where we would like to give the ability to upload an artwork file for these videos",
            line: 2,
          },
          {
            start: 9,
            end: 9,
            voice: "Alban",
            text: "You're triggering Tom right now with a hey, here's a cool feature.",
            line: 5,
          },
        ],
      },
    });
  });

  it("reads a full page: the title, hours, several paragraphs per turn, a speaker kept until the next cite", () => {
    const page = [
      "<!DOCTYPE html>",
      "<html><head><meta charset=utf-8><title>Ep. 12 &amp; more</title></head>",
      "<body>",
      "<cite>Ann Lee:</cite> <time>1:02:03</time>",
      "<p>First   paragraph,",
      "wrapped.</p>",
      "<p>Second<br>one.</p>",
      "<time>1:02:10.5</time><p>Still Ann.</p>",
      "</body></html>",
    ].join("\r\n");
    const r = parseHtmlTranscript(page, { strict: true });
    expect(r.ok && r.value).toEqual({
      format: "html-transcript",
      title: "Ep. 12 & more",
      cues: [
        {
          start: 3723,
          end: 3730.5,
          voice: "Ann Lee",
          text: "First paragraph, wrapped. Second one.",
          line: 4,
        },
        { start: 3730.5, end: 3730.5, voice: "Ann Lee", text: "Still Ann.", line: 8 },
      ],
    });
  });

  it("reads turns without any cite as turns without voices", () => {
    const r = parseHtmlTranscript("<time>0:01</time><p>One.</p>\n<time>0:05</time><p>Two.</p>", {
      strict: true,
    });
    expect(r.ok && r.value.cues).toEqual([
      { start: 1, end: 5, text: "One.", line: 1 },
      { start: 5, end: 5, text: "Two.", line: 2 },
    ]);
  });

  it("takes a cite and time written inside the paragraph as its speaker and start", () => {
    const r = parseHtmlTranscript("<p><cite>Bob:</cite> <time>0:03</time> Hello there.</p>", {
      strict: true,
    });
    expect(r.ok && r.value.cues).toEqual([{ start: 3, end: 3, voice: "Bob", text: "Hello there.", line: 1 }]);
  });
});

describe("parseHtmlTranscript: safety", () => {
  it("never reads scripts, styles, templates or noscript, and keeps markup-looking text as text", () => {
    const html = [
      "<style>p::after { content: 'style text' }</style>",
      "<cite>Eve<script>document.write('Mallory')</script>:</cite>",
      "<time>0:00</time>",
      "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; bye<script>alert(2)</script><template><p>tpl</p></template><noscript>ns</noscript></p>",
      '<p><img src=x onerror="alert(3)">Done.</p>',
    ].join("\n");
    const r = parseHtmlTranscript(html, { strict: true });
    expect(r.ok && r.value.cues).toEqual([
      { start: 0, end: 0, voice: "Eve", text: "Hi <script>alert(1)</script> & bye Done.", line: 3 },
    ]);
  });
});

describe("parseHtmlTranscript: errors and warnings, with their lines", () => {
  it.each([
    ["", 1, /^empty file/],
    ["  \n ", 1, /^empty file/],
    ["<p>No times at all.</p>", 1, /^no timed turns found/],
  ])("%j fails on line %i", (text, line, message) => {
    const r = parseHtmlTranscript(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual({ line, message: expect.stringMatching(message) });
  });

  it.each([
    [
      "<p>Before any time.</p>\n<time>0:01</time>\n<p>Timed.</p>",
      1,
      "paragraph skipped: no <time> before it",
    ],
    [
      "<time>0:01</time><p>Timed.</p>\n<time>soon</time>\n<p>Lost.</p>",
      2,
      'unreadable time "soon" (expected m:ss or h:mm:ss): its paragraphs skipped',
    ],
    [
      "<time>0:01</time><p>Timed.</p>\n\n<time>0:05</time>\n<cite>B:</cite>",
      3,
      "<time> has no paragraph after it",
    ],
    [
      "<time>0:05</time><p>Late.</p>\n<time>0:01</time><p>Early.</p>",
      2,
      "turn starts before the previous turn",
    ],
    [
      "<time>0:01</time><p>Timed.</p>\n<time>x</time><p>Lost.</p>\n<cite>C:</cite>\n<p>Orphan.</p>",
      2,
      'unreadable time "x" (expected m:ss or h:mm:ss): its paragraphs skipped',
    ],
  ])("%j warns on line %i", (text, line, message) => {
    const r = parseHtmlTranscript(text);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]).toEqual({ line, message });
    const strict = parseHtmlTranscript(text, { strict: true });
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors[0]).toEqual({ line, message });
  });

  it("warns about a paragraph after a cite that follows an unreadable time (it has no time of its own)", () => {
    const r = parseHtmlTranscript(
      "<time>0:01</time><p>Timed.</p>\n<time>x</time><p>Lost.</p>\n<cite>C:</cite>\n<p>Orphan.</p>",
    );
    expect(r.warnings).toEqual([
      { line: 2, message: 'unreadable time "x" (expected m:ss or h:mm:ss): its paragraphs skipped' },
      { line: 4, message: "paragraph skipped: no <time> before it" },
    ]);
    expect(r.ok && r.value.cues.map((c) => c.text)).toEqual(["Timed."]);
  });
});
