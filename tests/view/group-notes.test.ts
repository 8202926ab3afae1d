import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Note } from "@/lib/model/episode-schema";
import { getNoteOutline, groupNotes } from "@/lib/view/group-notes";
import { slugifyHeading } from "@/lib/model/slugify";

let counter = 0;
const note = (headingPath: string[], start?: number): Note => ({
  id: `n-${counter++}`,
  headingPath,
  text: `Claim ${counter}.`,
  ...(start !== undefined ? { start } : {}),
  links: [],
  tags: [],
  source: "notes.md",
});

describe("groupNotes", () => {
  it("opens every heading level that changes, also a heading with no notes directly under it", () => {
    const groups = groupNotes([
      note([], 1),
      note(["Intro"], 5),
      note(["Intro", "Scale"], 10),
      note(["Intro", "Scale"], 12),
      note(["Future", "Science"]),
      note(["Future", "Growth"], 40),
    ]);
    expect(groups.map((g) => [g.key, g.notes.length, g.opens.map((h) => [h.title, h.depth, h.id])])).toEqual([
      ["", 1, []],
      ["Intro", 1, [["Intro", 0, "intro"]]],
      ["Intro / Scale", 2, [["Scale", 1, "intro-scale"]]],
      [
        "Future / Science",
        1,
        [
          ["Future", 0, "future"],
          ["Science", 1, "future-science"],
        ],
      ],
      ["Future / Growth", 1, [["Growth", 1, "future-growth"]]],
    ]);
  });

  it("starts a heading at the first timed note under it, however deep, and leaves untimed ones without", () => {
    const groups = groupNotes([note(["A"]), note(["A", "B"]), note(["A", "B", "C"], 30), note(["D"])]);
    const starts = groups.flatMap((g) => g.opens.map((h) => [h.title, h.start]));
    expect(starts).toEqual([
      ["A", 30],
      ["B", 30],
      ["C", 30],
      ["D", undefined],
    ]);
  });

  it("does not take a start from a later, separate run of the same heading", () => {
    const groups = groupNotes([note(["A"]), note(["B"], 9), note(["A"], 20)]);
    expect(groups.map((g) => g.opens.map((h) => [h.title, h.start]))).toEqual([
      [["A", undefined]],
      [["B", 9]],
      [["A", 20]],
    ]);
  });

  it("gives heading ids that match the ids the search index links to", () => {
    const [group] = groupNotes([note(["Hugging Face's Role", "Scale and Impact"])]);
    expect(group?.opens.map((h) => h.id)).toEqual([
      slugifyHeading("Hugging Face's Role"),
      slugifyHeading("Hugging Face's Role / Scale and Impact"),
    ]);
  });
});

describe("getNoteOutline on seed B", () => {
  const episode = episodeSchema.parse(
    JSON.parse(readFileSync("content/episodes/acquired-ai-builders.json", "utf8")),
  );
  const outline = getNoteOutline(episode.notes);

  it("lists the five top-level topics, with the one whose notes all sit in subtopics", () => {
    expect(outline.map((h) => h.title)).toEqual([
      "Hugging Face's Role in the AI Ecosystem",
      "Evolution of Hugging Face",
      "Open vs. Closed Source AI",
      "Investment and Business Models in AI",
      "The Future of AI Builders",
    ]);
    const future = outline.at(-1);
    expect(future?.id).toBe("the-future-of-ai-builders");
    // Its first timed note is the first of "Science-Driven Paradigm".
    const firstUnder = episode.notes.find((n) => n.headingPath[0] === "The Future of AI Builders");
    expect(future?.start).toBe(firstUnder?.start);
  });
});
