import { describe, expect, it } from "vitest";
import type { Episode } from "@/lib/model/episode-schema";
import { buildSearchDocs } from "@/lib/search/build-search-docs";
import { createEpisodeSearcher } from "@/lib/search/episode-searcher";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { episodeSearchIndexSchema } from "@/lib/search/search-doc";
import { loadEpisode } from "./search-helpers";

// As the page does: the serialised index, parsed, restored.
const searcherOf = (episode: Episode) =>
  createEpisodeSearcher(
    episodeSearchIndexSchema.parse(JSON.parse(JSON.stringify(buildEpisodeSearchIndex(episode)))),
  );

describe("the episode search covers all the text its page shows", () => {
  const c = searcherOf(loadEpisode("cyber-sentries-open-source-ai"));
  const found = (query: string) => c.search(query).map((hit) => [hit.doc.kind, hit.doc.id]);

  it("C: a phrase of the description (“model poisoning”) is found once, where the page shows it", () => {
    // The description is the summary; the page no longer repeats it as a show-notes block.
    expect(found("model poisoning")).toEqual([["summary", "summary-3"]]);
  });

  it("C: a question, a key point, a link and a show-notes heading are found", () => {
    expect(found("why is ai sovereignty important")[0]).toEqual(["block", "block-0-2"]);
    expect(found("greater transparency and trust")[0]).toEqual(["key-point", "kp-1"]);
    expect(found("paladin cloud")[0]).toEqual(["block", "block-1-7"]);
    expect(found("questions we answer")[0]).toEqual(["block", "block-0-heading"]);
  });

  it("A: the transcript's hits come first, then the summary and key points that repeat it", () => {
    const kinds = searcherOf(loadEpisode("hugging-face-watsonx"))
      .search("open source")
      .map((hit) => hit.doc.kind);
    expect(kinds[0]).toBe("sentence");
    expect(kinds).toContain("summary");
    const firstAbout = kinds.findIndex((kind) => kind !== "sentence");
    expect(kinds.slice(firstAbout).every((kind) => kind !== "sentence")).toBe(true);
  });

  it("synthetic: summary, key points, block headings and items, blanks left out, ids as the page's", () => {
    const base = loadEpisode("cyber-sentries-open-source-ai");
    const episode: Episode = {
      ...base,
      summary: ["Zebras cross the road.", "  "],
      keyPoints: [{ id: "kp-9", text: "Zebras are striped", support: [], source: "x" }],
      blocks: [{ kind: "list", heading: "Zebra links", items: ["The zebra page", ""], source: "x" }],
      chapters: [],
    };
    const docs = buildSearchDocs(episode).docs.map(({ id, kind, text }) => ({ id, kind, text }));
    expect(docs).toEqual([
      { id: "summary-0", kind: "summary", text: "Zebras cross the road." },
      { id: "kp-9", kind: "key-point", text: "Zebras are striped" },
      { id: "block-0-heading", kind: "block", text: "Zebra links" },
      { id: "block-0-0", kind: "block", text: "The zebra page" },
    ]);
    expect(
      searcherOf(episode)
        .search("zebra")
        .map((hit) => hit.doc.id),
    ).toHaveLength(4);
  });
});
