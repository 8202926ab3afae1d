import { describe, expect, it } from "vitest";
import { parseShowNotes } from "../../lib/parse/parse-show-notes";
import { SEEDS } from "./seeds";

const SAMPLE = [
  "My Episode",
  "A first paragraph that wraps",
  "onto a second line.",
  "Questions:",
  "- One?",
  "- Two?",
  "",
  "Links & Notes",
  "- Site A",
  "- (00:04) - Welcome",
  "(1:02:03) - Late chapter",
  "- Site B",
  "Chapters:",
  "- (1:05:00) - Final",
].join("\n");

describe("parseShowNotes: good input", () => {
  it("reads title, paragraphs, headed lists and chapters (seconds) kept out of the blocks", () => {
    expect(parseShowNotes(SAMPLE)).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "show-notes",
        title: "My Episode",
        blocks: [
          { kind: "paragraph", items: ["A first paragraph that wraps onto a second line."], line: 2 },
          { heading: "Questions", kind: "list", items: ["One?", "Two?"], line: 4 },
          { heading: "Links & Notes", kind: "list", items: ["Site A", "Site B"], line: 8 },
        ],
        chapters: [
          { title: "Welcome", start: 4, line: 10 },
          { title: "Late chapter", start: 3723, line: 11 },
          { title: "Final", start: 3900, line: 14 },
        ],
      },
    });
  });

  it("keeps a colon line that heads no list as a paragraph, and a headless list", () => {
    const r = parseShowNotes(
      "T\nThis ends with a colon:\n\nA full sentence here.\n- item\n(0:01) - a\n(0:02) - b",
    );
    expect(r.ok && r.value.blocks).toEqual([
      { kind: "paragraph", items: ["This ends with a colon:"], line: 2 },
      { kind: "paragraph", items: ["A full sentence here."], line: 4 },
      { kind: "list", items: ["item"], line: 5 },
    ]);
  });
});

describe("parseShowNotes: bad input", () => {
  it.each(["", "\n  \n"])("fails on %j", (text) => {
    const r = parseShowNotes(text);
    expect(!r.ok && r.errors[0]?.line).toBe(1);
  });

  it("warns (strict: errors) on a chapter out of order, at its line", () => {
    const text = "T\n(00:10) - b\n(00:05) - a";
    const r = parseShowNotes(text);
    expect(r.ok && r.value.chapters.map((c) => c.start)).toEqual([10, 5]);
    expect(r.warnings.map((w) => w.line)).toEqual([3]);
    const strict = parseShowNotes(text, { strict: true });
    expect(!strict.ok && strict.errors.map((e) => e.line)).toEqual([3]);
  });

  it("keeps a line with an impossible chapter time as text, with a warning", () => {
    const r = parseShowNotes("T\n(00:75) - Nope\n(00:10) - Yes");
    expect(r.ok && r.value.chapters).toEqual([{ title: "Yes", start: 10, line: 3 }]);
    expect(r.ok && r.value.blocks).toEqual([{ kind: "paragraph", items: ["(00:75) - Nope"], line: 2 }]);
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  it("warns when there are no chapters", () => {
    const r = parseShowNotes("Title\nJust text.");
    expect(r.ok && r.value.chapters).toEqual([]);
    expect(r.warnings.map((w) => w.line)).toEqual([1]);
  });
});

describe("parseShowNotes: seed 004", () => {
  const r = parseShowNotes(SEEDS.showNotes);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;

  it("reads the title and 13 chapters from 0:04 to 44:49", () => {
    expect(r.warnings).toEqual([]);
    expect(doc.title).toBe("Open Source AI: Transparency, Sovereignty, and Who Controls the Data");
    expect(doc.chapters).toHaveLength(13);
    expect(doc.chapters[0]).toEqual({ title: "Welcome to Cyber Sentries", start: 4, line: 25 });
    expect(doc.chapters[12]).toEqual({ title: "Wrap Up", start: 44 * 60 + 49, line: 37 });
    expect(doc.chapters.map((c) => c.start)).toEqual(
      [...doc.chapters.map((c) => c.start)].sort((x, y) => x - y),
    );
  });

  it("reads the headed lists without repeating chapters", () => {
    const lists = doc.blocks.filter((b) => b.kind === "list");
    expect(lists.map((b) => [b.heading, b.items.length])).toEqual([
      ["Questions we answer in this episode", 3],
      ["Key Takeaways", 3],
      ["Links & Notes", 9],
    ]);
    expect(lists[2]?.items[0]).toBe("IBM's open source foundational model Granite");
    for (const b of doc.blocks) for (const item of b.items) expect(item).not.toMatch(/\(\d+:\d\d\)/);
  });

  it("keeps the five description paragraphs", () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]?.items[0]).toMatch(/^In this episode of Cyber Sentries, host John Richards/);
  });

  it("passes in strict mode", () => {
    expect(parseShowNotes(SEEDS.showNotes, { strict: true }).ok).toBe(true);
  });
});
