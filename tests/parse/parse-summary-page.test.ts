import { describe, expect, it } from "vitest";
import { parseSummaryPage } from "../../lib/parse/parse-summary-page";
import { linesOf, SEEDS } from "./seeds";

const URL = "https://www.youtube.com/watch?v=abcdefghijk";
const ONE_LINE_PAGE = [
  "Learning Library",
  "",
  "← Back to Library",
  "",
  "My Title",
  "",
  "Key Points",
  "",
  "  • First “point” — here.",
  "  • Second point.",
  "",
  "Sections",
  "",
  "Full Transcript",
  "",
  `# My Title **Source:** [${URL}](${URL}) **Duration:** 00:10:05 ## Summary - First point. - Second - with dash. ` +
    `## Sections - [00:00:00](${URL}&t=0s) **Intro** - The start. - [00:01:05](${URL}&t=65s) **Middle** - Talk about 9:15 meetings. ## Full Transcript`,
  "0:00Welcome to the show. 0:04Ann Lee: Hello there, at 9:15 we 1:05Bob Stone: met. Then, Ann Lee: bye 10:00“Quoted” end",
].join("\n");

describe("parseSummaryPage: good input", () => {
  const r = parseSummaryPage(ONE_LINE_PAGE);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;

  it("reads title, source, video id, duration and key points", () => {
    expect(r.warnings).toEqual([]);
    expect(doc).toMatchObject({
      format: "summary-page",
      title: "My Title",
      sourceUrl: URL,
      youtubeId: "abcdefghijk",
      duration: 605,
    });
    expect(doc.keyPoints).toEqual([
      { text: "First “point” — here.", line: 9 },
      { text: "Second point.", line: 10 },
    ]);
  });

  it("splits summary bullets only where a new sentence starts", () => {
    expect(doc.summary).toEqual(["First point.", "Second - with dash."]);
  });

  it("reads sections with seconds, bare titles and descriptions", () => {
    expect(doc.sections).toEqual([
      { title: "Intro", description: "The start.", start: 0, line: 16 },
      { title: "Middle", description: "Talk about 9:15 meetings.", start: 65, line: 16 },
    ]);
  });

  it("splits the transcript at glued time tokens only", () => {
    expect(doc.chunks).toEqual([
      { start: 0, text: "Welcome to the show.", line: 17 },
      { start: 4, text: "Ann Lee: Hello there, at 9:15 we", line: 17 },
      { start: 65, text: "Bob Stone: met. Then, Ann Lee: bye", line: 17 },
      { start: 600, text: "“Quoted” end", line: 17 },
    ]);
  });

  it("re-splits chunks into speaker turns", () => {
    expect(doc.turns).toEqual([
      { text: "Welcome to the show.", line: 17 },
      { speaker: "Ann Lee", text: "Hello there, at 9:15 we", line: 17 },
      { speaker: "Bob Stone", text: "met. Then,", line: 17 },
      { speaker: "Ann Lee", text: "bye “Quoted” end", line: 17 },
    ]);
  });

  it("reads a block written over several lines, with real line numbers", () => {
    const page = [
      "# T",
      "**Source:** [x](https://youtu.be/abcdefghijk)",
      "**Duration:** 1:02:03",
      "## Summary",
      "- one",
      "- two",
      "## Sections",
      "- [00:00:10](https://youtu.be/abcdefghijk?t=10) **A** - a desc",
      "## Full Transcript",
      "0:10Hi there.",
      "0:15Bob: Yo.",
    ].join("\n");
    const p = parseSummaryPage(page);
    expect(p.ok && p.value).toEqual({
      format: "summary-page",
      title: "T",
      sourceUrl: "https://youtu.be/abcdefghijk",
      youtubeId: "abcdefghijk",
      duration: 3723,
      keyPoints: [],
      summary: ["one", "two"],
      sections: [{ title: "A", description: "a desc", start: 10, line: 8 }],
      chunks: [
        { start: 10, text: "Hi there.", line: 10 },
        { start: 15, text: "Bob: Yo.", line: 11 },
      ],
      turns: [
        { text: "Hi there.", line: 10 },
        { speaker: "Bob", text: "Yo.", line: 11 },
      ],
    });
  });
});

describe("parseSummaryPage: bad input", () => {
  it.each(["", "  \n", "Key Points\n  • a\nFull Transcript\n0:00hello"])(
    "fails on %j with an error on line 1",
    (text) => {
      const r = parseSummaryPage(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors[0]?.line).toBe(1);
    },
  );

  const mismatch = [
    "# T **Duration:** 0:30",
    "## Sections - [00:00:20](https://youtu.be/abcdefghijk?t=10s) **A** - d",
    "## Full Transcript 0:00Hi",
  ].join("\n");

  it("warns when a section label disagrees with its link, and trusts the link", () => {
    const r = parseSummaryPage(mismatch);
    expect(r.ok && r.value.sections.map((s) => s.start)).toEqual([10]);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it("makes that an error in strict mode", () => {
    const r = parseSummaryPage(mismatch, { strict: true });
    expect(!r.ok && r.errors.map((e) => e.line)).toEqual([2]);
  });

  it("keeps transcript text before the first time token as a chunk at 0 s, with a warning", () => {
    const r = parseSummaryPage(
      "# T\n## Sections - [0:05](u) **S** - d\n## Full Transcript\nintro words 0:05Ann Lee: hi",
    );
    expect(r.ok && r.value.chunks).toEqual([
      { start: 0, text: "intro words", line: 4 },
      { start: 5, text: "Ann Lee: hi", line: 4 },
    ]);
    expect(r.warnings.map((w) => w.line)).toEqual([4]);
  });

  it("warns about a bad duration and a missing transcript", () => {
    const r = parseSummaryPage("# T **Duration:** soon\n## Sections - [0:05](u) **S** - d");
    expect(r.ok && r.value.duration).toBeUndefined();
    expect(r.warnings).toHaveLength(2);
  });
});

describe("parseSummaryPage: seed 000", () => {
  const r = parseSummaryPage(SEEDS.summaryPage);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;
  const lines = linesOf(SEEDS.summaryPage);

  it("reads the header fields", () => {
    expect(r.warnings).toEqual([]);
    expect(doc.title).toBe("Open\u2011Source AI: Hugging Face & watsonx Collaboration");
    expect(doc.sourceUrl).toBe("https://www.youtube.com/watch?v=THEQbJIAxvE");
    expect(doc.youtubeId).toBe("THEQbJIAxvE");
    expect(doc.duration).toBe(1842);
  });

  it("keeps the 4 key points exactly as written", () => {
    expect(doc.keyPoints).toHaveLength(4);
    doc.keyPoints.forEach((kp) => expect(lines[kp.line - 1]).toBe(`  • ${kp.text}`));
    expect(doc.keyPoints[2]?.text).toContain("monolithic “omnipotent” AI system");
    expect(doc.keyPoints[0]?.text).toContain("premier open\u2011source platform");
  });

  it("reads 4 summary bullets matching the key points", () => {
    expect(doc.summary).toEqual(doc.keyPoints.map((k) => k.text));
  });

  it("reads 9 sections with their starts and bare titles", () => {
    expect(doc.sections.map((s) => s.start)).toEqual([0, 251, 555, 758, 948, 1159, 1374, 1618, 1805]);
    expect(doc.sections[1]?.title).toBe("Explaining AI Models Simply");
    expect(doc.sections[8]?.title).toBe("Production Credits and Podcast Promotion");
    expect(doc.sections[1]?.description).toMatch(/^Jeff clarifies that a model is a huge set/);
    expect(doc.sections.every((s) => !s.title.includes("*") && !s.description.startsWith("-"))).toBe(true);
  });

  it("splits the transcript into 287 chunks from 0:00 to 30:23", () => {
    expect(doc.chunks).toHaveLength(287);
    expect(doc.chunks[0]).toEqual({
      start: 0,
      text: "Hugging Face and watsonx: why open source is the future of AI in business",
      line: 19,
    });
    expect(doc.chunks[1]?.start).toBe(2);
    expect(doc.chunks[1]?.text).toMatch(/^Malcolm Gladwell: Hello, hello\. Welcome to Smart Talks with IBM/);
    expect(doc.chunks[286]?.start).toBe(30 * 60 + 23);
    for (let k = 1; k < doc.chunks.length; k++)
      expect(doc.chunks[k]!.start).toBeGreaterThanOrEqual(doc.chunks[k - 1]!.start);
  });

  it("has turns of the three speakers that keep every chunk word once, in order", () => {
    const speakers = new Set(doc.turns.map((t) => t.speaker).filter((s) => s !== undefined));
    expect(speakers).toEqual(new Set(["Malcolm Gladwell", "Jeff Boudier", "Tim Harford"]));
    expect(doc.turns[0]).toEqual({
      text: "Hugging Face and watsonx: why open source is the future of AI in business",
      line: 19,
    });
    const label = /(?:^|\s)(?:Malcolm Gladwell|Jeff Boudier|Tim Harford):(?=\s)/gi;
    // A label may also be a name in capitals without a colon ("JEFF BOUDIER Yeah").
    const capitals = /(?:^|\s)(?:MALCOLM GLADWELL|JEFF BOUDIER|TIM HARFORD)(?=\s)/g;
    const chunkWords = doc.chunks
      .map((c) => c.text)
      .join(" ")
      .replace(label, " ")
      .replace(capitals, " ")
      .split(/\s+/)
      .filter(Boolean);
    const turnWords = doc.turns
      .map((t) => t.text)
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);
    expect(turnWords).toEqual(chunkWords);
    expect(doc.turns.find((t) => t.text.startsWith("Hi, I'm Jeff Boudier"))?.speaker).toBe("Jeff Boudier");
    expect(doc.turns.find((t) => t.text.startsWith("Yeah, I think you nailed it"))?.speaker).toBe(
      "Jeff Boudier",
    );
  });

  it("passes in strict mode", () => {
    expect(parseSummaryPage(SEEDS.summaryPage, { strict: true }).ok).toBe(true);
  });
});
