import { describe, expect, it } from "vitest";
import { parsePlainText } from "../../lib/parse/parse-plain-text";
import { linesOf, SEEDS } from "./seeds";

describe("parsePlainText: good input", () => {
  it("takes a wrapped title, joins hard line breaks and keeps quotes, dashes and notes", () => {
    const text = [
      "The art of podcasts: a talk",
      "about things Ann Lee: Hello\u00A0",
      "there.\u00A0 Bob Stone: Hi “friend” — [BOH-b] ok",
      "Ann Lee: Bye",
    ].join("\n");
    expect(parsePlainText(text)).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: "plain-text",
        title: "The art of podcasts: a talk about things",
        turns: [
          { speaker: "Ann Lee", text: "Hello there.", line: 2, breaks: [1] },
          { speaker: "Bob Stone", text: "Hi “friend” — [BOH-b] ok", line: 3 },
          { speaker: "Ann Lee", text: "Bye", line: 4 },
        ],
      },
    });
  });

  it("keeps a paragraph after a blank line as a turn without speaker", () => {
    const r = parsePlainText("Title\n\nIntro paragraph\nwrapped.\n\nAnn Lee: hi\r\nBob Stone: yo");
    expect(r.ok && r.value).toEqual({
      format: "plain-text",
      title: "Title",
      turns: [
        { text: "Intro paragraph wrapped.", line: 3, breaks: [2] },
        { speaker: "Ann Lee", text: "hi", line: 6 },
        { speaker: "Bob Stone", text: "yo", line: 7 },
      ],
    });
  });

  it("takes only the first line as title when the text before the first label is long", () => {
    const long = "word ".repeat(60).trim();
    const r = parsePlainText(`Title line\n${long}\nAnn Lee: hi`);
    expect(r.ok && r.value.title).toBe("Title line");
    expect(r.ok && r.value.turns[0]).toEqual({ text: long, line: 2 });
  });

  it("has no title when the text starts with a label", () => {
    const r = parsePlainText("Ann Lee: hi\nBob Stone: yo");
    expect(r.ok && r.value.title).toBeUndefined();
    expect(r.ok && r.value.turns.map((t) => t.speaker)).toEqual(["Ann Lee", "Bob Stone"]);
  });
});

describe("parsePlainText: the line of each word", () => {
  /** The line of word `i` of a turn, from its label line and breaks. */
  const lineOf = (turn: { line: number; breaks?: number[] }, i: number): number =>
    turn.line + (turn.breaks ?? []).filter((b) => b <= i).length;

  it("records where a turn's words move to later lines, blank lines and a bare label line included", () => {
    const text = [
      "Title",
      "",
      "Ann Lee:",
      "one two",
      "",
      "three",
      "Bob Stone: Ann Lee said",
      "Ann Lee: four",
    ].join("\n");
    const r = parsePlainText(text);
    if (!r.ok) throw new Error("parse failed");
    const [ann, bob, again] = r.value.turns;
    expect(ann).toEqual({ speaker: "Ann Lee", text: "one two three", line: 3, breaks: [0, 2, 2] });
    expect([0, 1, 2].map((i) => lineOf(ann ?? { line: 0 }, i))).toEqual([4, 4, 6]);
    expect(bob).toEqual({ speaker: "Bob Stone", text: "Ann Lee said", line: 7 });
    expect(again).toEqual({ speaker: "Ann Lee", text: "four", line: 8 });
  });

  it("places the seed's wrapped words on their lines", () => {
    const r = parsePlainText(SEEDS.plainText);
    if (!r.ok) throw new Error("parse failed");
    const lines = linesOf(SEEDS.plainText);
    for (const probe of ["changing", "models,to", "you're,say,", "huggingface.co,"]) {
      const turn = r.value.turns.find((t) => t.text.split(" ").includes(probe));
      const i = turn?.text.split(" ").indexOf(probe) ?? -1;
      expect(turn && lines[lineOf(turn, i) - 1]?.split(/\s+/)).toContain(probe);
    }
  });
});

describe("parsePlainText: bad input", () => {
  it.each(["", "   \n\u00A0\n"])("fails on %j with an error on line 1", (text) => {
    const r = parsePlainText(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([{ line: 1, message: expect.stringContaining("empty") }]);
  });

  it("warns when there are no speaker labels (an error in strict mode)", () => {
    const loose = parsePlainText("Just a title\nand some prose.");
    expect(loose.ok && loose.value).toEqual({
      format: "plain-text",
      title: "Just a title and some prose.",
      turns: [],
    });
    expect(loose.warnings.map((w) => w.line)).toEqual([1]);
    const strict = parsePlainText("Just a title\nand some prose.", { strict: true });
    expect(!strict.ok && strict.errors.map((e) => e.line)).toEqual([1]);
  });

  it("warns about a label with no text on the label's line", () => {
    const r = parsePlainText("T\n\nAnn Lee: hi\nBob Stone:\nAnn Lee: again");
    expect(r.ok && r.value.turns.map((t) => t.text)).toEqual(["hi", "", "again"]);
    expect(r.warnings.map((w) => w.line)).toEqual([4]);
  });
});

describe("parsePlainText: seed 001", () => {
  const r = parsePlainText(SEEDS.plainText);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const doc = r.value;
  const lines = linesOf(SEEDS.plainText);

  it("reads the title wrapped over lines 1–2", () => {
    expect(r.warnings).toEqual([]);
    expect(doc.title).toBe("Hugging Face and watsonx: why open source is the future of AI in business");
  });

  it("has exactly the three speakers, first Malcolm Gladwell on line 2", () => {
    expect(new Set(doc.turns.map((t) => t.speaker))).toEqual(
      new Set(["Malcolm Gladwell", "Jeff Boudier", "Tim Harford"]),
    );
    expect(doc.turns[0]).toMatchObject({ speaker: "Malcolm Gladwell", line: 2 });
    expect(doc.turns[0]?.text).toMatch(
      /^Hello, hello\. Welcome to Smart Talks with IBM, a podcast from Pushkin Industries, iHeartRadio/,
    );
  });

  it("attributes the quoted lines to the right speakers", () => {
    expect(doc.turns.find((t) => t.text.includes("So I'm immediately intrigued"))?.speaker).toBe(
      "Tim Harford",
    );
    expect(
      doc.turns.find((t) => t.text.includes("and I'm a Product Director at Hugging Face."))?.speaker,
    ).toBe("Jeff Boudier");
    expect(doc.turns[1]).toEqual({
      speaker: "Jeff Boudier",
      text: "Hi, I'm Jeff Boudier, and I'm a Product Director at Hugging Face.",
      line: 24,
      breaks: [11],
    });
  });

  it("collapses whitespace but keeps editorial notes, curly quotes and dashes", () => {
    const all = doc.turns.map((t) => t.text).join(" ");
    expect(all).not.toMatch(/[\u00A0\n]| {2}/);
    expect(all).toContain("Jeff Boudier [BOO-dee-ay],");
    expect(all).toContain("“Hugging Face” is the name of that cute emoji—you know");
  });

  it("reads JEFF BOUDIER in capitals with no colon as a label: the turn is his, the name is not text", () => {
    const k = doc.turns.findIndex((t) => t.text.startsWith("Yeah, I think you nailed it on the head."));
    expect(doc.turns[k]).toMatchObject({ speaker: "Jeff Boudier", line: 110 });
    expect(doc.turns[k - 1]?.speaker).toBe("Tim Harford");
    expect(doc.turns[k - 1]?.text).toMatch(/what is the interaction or the relationship there\?$/);
    expect(doc.turns.map((t) => t.text).join(" ")).not.toContain("JEFF BOUDIER");
  });

  it("puts each turn on the line of its label and keeps every word once", () => {
    for (const t of doc.turns)
      expect(lines[t.line - 1]?.toLowerCase()).toContain(`${t.speaker?.toLowerCase()}`);
    // Labels are written with or without a colon: compare words without a trailing colon.
    const words = (text: string): string[] =>
      text
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase().replace(/:$/, ""));
    const docText = [doc.title ?? "", ...doc.turns.map((t) => `${t.speaker ?? ""} ${t.text}`)].join(" ");
    expect(words(docText)).toEqual(words(SEEDS.plainText));
  });

  it("passes in strict mode", () => {
    expect(parsePlainText(SEEDS.plainText, { strict: true }).ok).toBe(true);
  });
});
