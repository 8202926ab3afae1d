import { describe, expect, it } from "vitest";
import { buildSearchDocs } from "@/lib/search/build-search-docs";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { episodeSearchIndexSchema } from "@/lib/search/search-doc";
import { selectBest } from "@/lib/search/select-best";
import { loadEpisode } from "./search-helpers";

const a = loadEpisode("hugging-face-watsonx");
const b = loadEpisode("acquired-ai-builders");
const c = loadEpisode("cyber-sentries-open-source-ai");

describe("buildSearchDocs", () => {
  it("A: one document per sentence, editorial notes left out, with speaker and section", () => {
    const docs = buildSearchDocs(a);
    const sentences = a.transcript.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.sentences));
    expect(docs.docs.filter((d) => d.kind === "sentence")).toHaveLength(sentences.length);
    expect(docs.docs.filter((d) => d.kind === "summary")).toHaveLength(a.summary.length);
    const intro = docs.docs.find((d) => d.id === "s-31020");
    expect(intro?.text).toContain("Jeff Boudier Head of Product");
    expect(intro?.text).not.toContain("BOO");
    expect(docs.speakers[intro?.speaker ?? -1]?.name).toBe("Malcolm Gladwell");
    expect(docs.sections[intro?.section ?? -1]?.id).toBe("open-source-ai-powers-business");
    expect(docs.docs.find((d) => d.id === "s-503417")?.section).toBe(1);
  });

  it("B: notes, grouped by their top-level heading (and its show notes); C: chapters, and all its page shows", () => {
    const notes = buildSearchDocs(b);
    expect(notes.docs.filter((d) => d.kind !== "block").every((d) => d.kind === "note")).toBe(true);
    expect(notes.docs.filter((d) => d.kind === "note")).toHaveLength(b.notes.length);
    expect(notes.sections.map((s) => s.title)).toContain("Hugging Face's Role in the AI Ecosystem");
    const kinds = new Set(buildSearchDocs(c).docs.map((d) => d.kind));
    expect([...kinds]).toEqual(["chapter", "summary", "key-point", "block"]);
  });

  it("each section's title is a document at its heading's id and times; C's chapters make none", () => {
    const sections = buildSearchDocs(a).docs.filter((d) => d.kind === "section");
    expect(sections.map(({ id, text, start, end }) => ({ id, text, start, end }))).toEqual(
      a.sections.map(({ id, title, start, end }) => ({ id, text: title, start, end })),
    );
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((d) => d.section === undefined && d.speaker === undefined)).toBe(true);
    expect(buildSearchDocs(c).docs.some((d) => d.kind === "section")).toBe(false);
  });

  it("a titled highlight is a document at its moment, in its section; an untitled one is none", () => {
    const source = a.sources[0]?.id ?? "";
    const highlights = [
      { id: "h-1", start: 503, end: 510, duration: 7, title: "Attention, <i>all</i> of it", source },
      { id: "h-2", start: 600, end: 605, duration: 5, source },
      { id: "h-3", start: 700, end: 705, duration: 5, title: "  ", source },
    ];
    const docs = buildSearchDocs({ ...a, highlights }).docs.filter((d) => d.kind === "highlight");
    const sentence = buildSearchDocs(a).docs.find((d) => d.id === "s-503417");
    expect(docs).toEqual([
      {
        id: "h-1",
        kind: "highlight",
        text: "Attention, <i>all</i> of it",
        start: 503,
        end: 510,
        section: sentence?.section,
      },
    ]);
    expect(buildSearchDocs(a).docs.some((d) => d.kind === "highlight")).toBe(false);
  });

  it("the serialised episode index validates and keeps Fuse's records", () => {
    const json = JSON.parse(JSON.stringify(buildEpisodeSearchIndex(a)));
    const parsed = episodeSearchIndexSchema.parse(json);
    expect(parsed.fuse.records).toHaveLength(parsed.docs.length);
    expect(parsed.fuse.keys.map((k) => k.id)).toEqual(["norm"]);
  });
});

describe("selectBest", () => {
  it("returns the k lowest scores, ties by id, best first", () => {
    const scores = [5, 1, 3, 1, 0.5, 9];
    const ids = [0, 1, 2, 3, 4, 5];
    expect(selectBest(scores, ids, 3)).toEqual([4, 1, 3]);
    expect(selectBest(scores, ids, 10)).toEqual([4, 1, 3, 2, 0, 5]);
    expect(selectBest(scores, ids, 0)).toEqual([]);
  });
});
