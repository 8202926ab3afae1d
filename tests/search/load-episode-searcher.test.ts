import { afterEach, describe, expect, it, vi } from "vitest";
import { buildEpisodeSearchIndex } from "@/lib/search/episode-search-index";
import { loadEpisodeSearcher } from "@/lib/search/load-episode-searcher";
import { loadEpisode } from "./search-helpers";

const respond = (status: number, body: unknown) =>
  vi.fn(async (url: string) => {
    void url;
    return new Response(JSON.stringify(body), { status });
  });

afterEach(() => vi.unstubAllGlobals());

describe("loadEpisodeSearcher", () => {
  it("fetches the episode's index by its encoded slug and searches it", async () => {
    const index = JSON.parse(JSON.stringify(buildEpisodeSearchIndex(loadEpisode("hugging-face-watsonx"))));
    const fetch = respond(200, index);
    vi.stubGlobal("fetch", fetch);
    const searcher = await loadEpisodeSearcher("a b/c");
    expect(fetch).toHaveBeenCalledWith("/episodes/a%20b%2Fc/search-index.json");
    expect(searcher.search("Jeff Boudier").length).toBeGreaterThan(0);
  });

  it("rejects an HTTP error with its status", async () => {
    vi.stubGlobal("fetch", respond(404, {}));
    await expect(loadEpisodeSearcher("x")).rejects.toThrow("search index: HTTP 404");
  });

  it("rejects an index that does not match the schema", async () => {
    vi.stubGlobal("fetch", respond(200, { docs: "not a list" }));
    await expect(loadEpisodeSearcher("x")).rejects.toThrow();
  });
});
