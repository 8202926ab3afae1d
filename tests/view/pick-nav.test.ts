import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { episodeSchema, type Episode } from "@/lib/model/episode-schema";
import { listChapters, pickNav } from "@/lib/view/pick-nav";

const seed = (slug: string): Episode =>
  episodeSchema.parse(JSON.parse(readFileSync(`content/episodes/${slug}.json`, "utf8")));
const A = seed("hugging-face-watsonx");
const B = seed("acquired-ai-builders");
const C = seed("cyber-sentries-open-source-ai");
const chapter = (n: number) => ({
  id: `ch-${n}`,
  title: `Part ${n}`,
  start: n * 60,
  source: "show-notes.txt",
});

describe("pickNav", () => {
  it("lists the sections when there are any", () => {
    const nav = pickNav(A);
    expect(nav.label).toBe("Sections");
    expect(nav.items.map((i) => i.id)).toEqual(A.sections.map((s) => s.id));
  });

  it("does not list chapters beside the body's chapter list (no transcript): they show once", () => {
    const synthetic: Episode = { ...C, sections: [], notes: [], chapters: [chapter(1), chapter(2)] };
    expect(pickNav(synthetic).items).toEqual([]);
    expect(pickNav(C).items).toEqual([]);
  });

  it("lists the chapters of an episode with a transcript, whose body has no chapter list", () => {
    const synthetic: Episode = { ...A, sections: [], chapters: [chapter(1), chapter(2)] };
    expect(pickNav(synthetic)).toMatchObject({ label: "Chapters", items: [{ id: "ch-1" }, { id: "ch-2" }] });
  });

  it("leaves out the chapters their source keeps out of the table of contents (toc: false)", () => {
    const sponsor = { ...chapter(2), title: "Sponsor", toc: false as const };
    const synthetic: Episode = { ...A, sections: [], chapters: [chapter(1), sponsor, chapter(3)] };
    expect(pickNav(synthetic).items.map((i) => i.id)).toEqual(["ch-1", "ch-3"]);
    expect(listChapters([sponsor])).toEqual([]);
  });

  it("lists the notes' topics for a notes episode", () => {
    const nav = pickNav(B);
    expect(nav.label).toBe("Topics");
    expect(nav.items.length).toBeGreaterThan(0);
  });
});
