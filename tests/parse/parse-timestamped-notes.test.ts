import { describe, expect, it } from "vitest";
import { parseTimestampedNotes } from "../../lib/parse/parse-timestamped-notes";
import { linesOf, SEEDS } from "./seeds";

const a = (t: string): string => `<a class="yt-timestamp" data-t="${t}">[${t}]</a>`;

const SAMPLE = [
  "---",
  "title: My Notes",
  "videoId: abcdefghijk",
  "topic: AI",
  "count: 3",
  "---",
  "",
  "From: [[somewhere]] <br/> ",
  "",
  `Intro claim one ${a("00:00:05")}. Claim **two** with [[Target Page | a label]] ${a("00:01:00")}.`,
  "",
  "## Heading [[Linked | One]]",
  "",
  "### Sub",
  `*   Bullet *claim* [[Plain]] ${a("01:00:00")}.`,
  "*   Untimed bullet",
  "",
  `Paragraph then ${a("00:02:00")}, more text ${a("00:03:00")}. Trailing words:`,
  "",
  "## Second",
  `Under second ${a("00:04:00")}`,
].join("\n");

describe("parseTimestampedNotes: good input", () => {
  const r = parseTimestampedNotes(SAMPLE);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;

  it("reads front matter: title and videoId as fields, the rest as strings", () => {
    expect(r.warnings).toEqual([]);
    expect(doc).toMatchObject({
      format: "timestamped-notes",
      title: "My Notes",
      videoId: "abcdefghijk",
      frontMatter: { topic: "AI", count: "3" },
    });
  });

  it("keeps untimed text before any heading as preamble, links replaced by labels", () => {
    expect(doc.preamble).toEqual(["From: somewhere"]);
  });

  it("closes one note per anchor, moving trailing punctuation to the claim before it", () => {
    const sub = ["Heading One", "Sub"];
    expect(doc.notes).toEqual([
      { headingPath: [], text: "Intro claim one.", start: 5, links: [], line: 10 },
      {
        headingPath: [],
        text: "Claim two with a label.",
        start: 60,
        links: [{ label: "a label", target: "Target Page" }],
        line: 10,
      },
      {
        headingPath: sub,
        text: "Bullet claim Plain.",
        start: 3600,
        links: [{ label: "Plain", target: "Plain" }],
        line: 15,
      },
      { headingPath: sub, text: "Untimed bullet", links: [], line: 16 },
      { headingPath: sub, text: "Paragraph then,", start: 120, links: [], line: 18 },
      { headingPath: sub, text: "more text.", start: 180, links: [], line: 18 },
      { headingPath: sub, text: "Trailing words:", links: [], line: 18 },
      { headingPath: ["Second"], text: "Under second", start: 240, links: [], line: 21 },
    ]);
  });

  it("works without front matter and with CRLF line ends", () => {
    const p = parseTimestampedNotes(["# Top", `claim ${a("0:07")}`].join("\r\n"));
    expect(p.ok && p.value).toEqual({
      format: "timestamped-notes",
      frontMatter: {},
      notes: [{ headingPath: ["Top"], text: "claim", start: 7, links: [], line: 2 }],
      preamble: [],
    });
  });
});

describe("parseTimestampedNotes: bad input", () => {
  it.each(["", " \n\n"])("fails on %j", (text) => {
    const r = parseTimestampedNotes(text);
    expect(!r.ok && r.errors[0]?.line).toBe(1);
  });

  it("fails on unclosed front matter at line 1", () => {
    const r = parseTimestampedNotes(`---\ntitle: x\n\nclaim ${a("00:00:01")}`);
    expect(!r.ok && r.errors.map((e) => e.line)).toEqual([1]);
  });

  it("fails on invalid YAML at the offending line", () => {
    const r = parseTimestampedNotes(`---\ntitle: ok\n  - nope: [\nfoo: bar\n---\nclaim ${a("00:00:01")}`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]?.line).toBe(3);
    expect(!r.ok && r.errors[0]?.message).toMatch(/YAML/);
  });

  it("warns when data-t disagrees with the label, keeping data-t", () => {
    const text = `intro\n\n## H\nclaim <a class="yt-timestamp" data-t="00:00:09">[00:00:08]</a>`;
    const r = parseTimestampedNotes(text);
    expect(r.ok && r.value.notes[0]?.start).toBe(9);
    expect(r.warnings.map((w) => w.line)).toEqual([4]);
    const strict = parseTimestampedNotes(text, { strict: true });
    expect(!strict.ok && strict.errors.map((e) => e.line)).toEqual([4]);
  });

  it("falls back to the label when data-t is unreadable, and warns", () => {
    const r = parseTimestampedNotes(`## H\nclaim <a class="yt-timestamp" data-t="soon">[00:01:02]</a>`);
    expect(r.ok && r.value.notes[0]?.start).toBe(62);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it("keeps a note without start when no time can be read", () => {
    const r = parseTimestampedNotes(`## H\nclaim <a class="yt-timestamp" data-t="x">[y]</a>`);
    expect(r.ok && r.value.notes).toEqual([{ headingPath: ["H"], text: "claim", links: [], line: 2 }]);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it("removes formatting tags as markup but keeps any other tag as the text it is", () => {
    const text = [
      "## <em>Big</em> news <img src=x onerror=alert(1)>",
      "* a <script>alert(1)</script> claim",
      `  on two lines </textarea>${a("00:00:05")}`,
      `* a line<br/>break, <b>bold</b> and <span class="x">styled</span> tail ${a("00:00:06")}`,
    ].join("\n");
    const r = parseTimestampedNotes(text, { strict: true });
    expect(r.ok && r.value.notes.map((n) => [n.headingPath, n.text])).toEqual([
      [
        ["Big news <img src=x onerror=alert(1)>"],
        "a <script>alert(1)</script> claim on two lines </textarea>",
      ],
      [["Big news <img src=x onerror=alert(1)>"], "a line break, bold and styled tail"],
    ]);
    // Nothing was lost or rewritten silently, so there is nothing to warn about.
    expect(r.warnings).toEqual([]);
  });

  it("decodes entities after removing tags, so an escaped tag stays text", () => {
    const r = parseTimestampedNotes(`## H\n* &lt;b&gt;kept&lt;/b&gt; &amp; more ${a("00:00:01")}`);
    expect(r.ok && r.value.notes[0]?.text).toBe("<b>kept</b> & more");
  });

  it("warns when there are no timestamps at all (an error in strict mode)", () => {
    expect(parseTimestampedNotes("## H\nplain text").warnings.map((w) => w.line)).toEqual([1]);
    expect(parseTimestampedNotes("## H\nplain text", { strict: true }).ok).toBe(false);
  });
});

describe("parseTimestampedNotes: seed 003", () => {
  const r = parseTimestampedNotes(SEEDS.notes);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;
  const timed = doc.notes.filter((n) => n.start !== undefined);

  it("reads the front matter", () => {
    expect(r.warnings).toEqual([]);
    expect(doc.title).toBe("AI Builders and technology");
    expect(doc.videoId).toBe("hzc1covUhYM");
    expect(doc.frontMatter).toEqual({});
    expect(doc.preamble).toEqual(["From: acquiredfm"]);
  });

  it("gives one timed note per yt-timestamp anchor: 58", () => {
    const anchors = SEEDS.notes.match(/class="yt-timestamp"/g) ?? [];
    expect(anchors).toHaveLength(58);
    expect(timed).toHaveLength(58);
  });

  it("reads the first note with its link and time", () => {
    expect(doc.notes[0]).toEqual({
      headingPath: [],
      text: 'Hugging Face has become the leading platform for AI Builders, whom Clem Delong likens to "the new software engineers".',
      start: 73,
      links: [{ label: "AI Builders", target: "AI and Automation in Customer Service" }],
      line: 8,
    });
  });

  it("builds heading paths and cleans headings and text", () => {
    const scale = doc.notes.find((n) => n.text.startsWith("Over 5 million AI builders"));
    expect(scale).toMatchObject({
      headingPath: ["Hugging Face's Role in the AI Ecosystem", "Scale and Impact"],
      start: 107,
      line: 15,
    });
    expect(doc.notes.some((n) => n.headingPath[0] === "Investment and Business Models in AI")).toBe(true);
    for (const n of doc.notes) {
      expect(n.text).not.toMatch(/<|>|\[\[|\]\]|\*|data-t/);
      expect(n.text.trim()).not.toBe("");
    }
  });

  it("puts each timed note on a line holding its anchor", () => {
    const lines = linesOf(SEEDS.notes);
    for (const n of timed) expect(lines[n.line - 1]).toContain("yt-timestamp");
  });

  it("keeps the untimed lead-in as a note without start", () => {
    expect(doc.notes.filter((n) => n.start === undefined).map((n) => n.text)).toEqual([
      "This broader participation means:",
    ]);
  });

  it("passes in strict mode", () => {
    expect(parseTimestampedNotes(SEEDS.notes, { strict: true }).ok).toBe(true);
  });
});
