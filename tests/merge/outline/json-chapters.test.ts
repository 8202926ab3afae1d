import { describe, expect, it } from "vitest";
import { mergeEpisode } from "@/lib/merge/merge-episode";
import { chapterSchema } from "@/lib/model/episode-schema";
import { encodeEpisode } from "@/lib/model/serialize-episode";
import { parseSource } from "@/lib/parse/parse-source";
import type { ParsedDoc } from "@/lib/parse/types";
import { src } from "../helpers/episode-utils";

function parsed(text: string): ParsedDoc {
  const r = parseSource(text, { strict: true });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const CHAPTERS = parsed(
  JSON.stringify({
    version: "1.2.0",
    chapters: [
      { startTime: 0, title: "Intro", url: "https://example.org/intro" },
      { startTime: 30, title: "Ad", toc: false },
      { startTime: 45.25, title: "Main", img: "https://example.org/main.jpg", endTime: 100 },
    ],
  }),
);
const SHOW_NOTES = parsed("My episode\n\nWe talk about engines.\n\n(00:00) - Hello\n(01:00) - Later\n");

describe("merge: JSON chapters", () => {
  it("become the episode's chapters, with ends, pages, images and toc: false", () => {
    const ep = mergeEpisode({ slug: "c", sources: [src("chapters.json", CHAPTERS)] });
    expect(() => encodeEpisode(ep)).not.toThrow();
    expect(ep.chapters).toEqual([
      {
        id: "intro",
        title: "Intro",
        start: 0,
        end: 30,
        url: "https://example.org/intro",
        source: "chapters.json",
      },
      { id: "ad", title: "Ad", start: 30, end: 45.25, toc: false, source: "chapters.json" },
      {
        id: "main",
        title: "Main",
        start: 45.25,
        end: 100,
        img: "https://example.org/main.jpg",
        source: "chapters.json",
      },
    ]);
    expect(ep.sources[0]).toMatchObject({
      format: "json-chapters",
      used: ["chapters"],
      clock: { offset: 0, rate: 1 },
    });
  });

  it("win over the show notes' chapter list, which is reported unused; the notes still give the summary", () => {
    const ep = mergeEpisode({
      slug: "c",
      sources: [src("show-notes.txt", SHOW_NOTES), src("chapters.json", CHAPTERS)],
    });
    expect(ep.chapters.map((c) => c.title)).toEqual(["Intro", "Ad", "Main"]);
    expect(ep.summary).toEqual(["We talk about engines."]);
    expect(ep.warnings).toContainEqual({
      source: "show-notes.txt",
      message: "Chapters not used: the chapters file chapters.json gives the chapters",
    });
  });

  it("leave the show notes' chapters in place when there is no chapters file", () => {
    const ep = mergeEpisode({ slug: "c", sources: [src("show-notes.txt", SHOW_NOTES)] });
    expect(ep.chapters.map((c) => [c.title, c.start])).toEqual([
      ["Hello", 0],
      ["Later", 60],
    ]);
    expect(ep.warnings).toEqual([]);
  });
});

describe("chapterSchema", () => {
  const chapter = { id: "a", title: "A", start: 0, source: "c.json" };
  it("accepts http(s) images and pages and toc: false only", () => {
    expect(
      chapterSchema.safeParse({ ...chapter, img: "https://e.org/a.png", url: "http://e.org", toc: false })
        .success,
    ).toBe(true);
    expect(chapterSchema.safeParse({ ...chapter, img: "javascript:alert(1)" }).success).toBe(false);
    expect(chapterSchema.safeParse({ ...chapter, url: "data:text/html,x" }).success).toBe(false);
    expect(chapterSchema.safeParse({ ...chapter, toc: true }).success).toBe(false);
  });
});
