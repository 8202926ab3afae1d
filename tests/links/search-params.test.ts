import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "@/lib/links/search-params";

describe("parseSearchParams", () => {
  it("reads every parameter of a full search", () => {
    const state = parseSearchParams({
      q: "attention",
      show: "ai-and-you",
      speaker: "Ada Lovelace",
      from: "2024-01-01",
      to: "2024-12-31",
      sort: "newest",
      page: "3",
    });
    expect(state).toEqual({
      query: "attention",
      truncated: false,
      show: "ai-and-you",
      speaker: "Ada Lovelace",
      from: "2024-01-01",
      to: "2024-12-31",
      sort: "newest",
      page: 3,
      ignored: [],
    });
  });

  it("gives the defaults for an empty URL", () => {
    expect(parseSearchParams({})).toEqual({
      query: "",
      truncated: false,
      sort: "relevance",
      page: 1,
      ignored: [],
    });
  });

  it("leaves out bad values and says which, never throwing", () => {
    const state = parseSearchParams({
      q: "x",
      show: "<script>",
      from: "2024-02-30",
      to: "yesterday",
      sort: "random()",
      page: "0",
    });
    expect(state).toMatchObject({ query: "x", sort: "relevance", page: 1 });
    expect(state.show).toBeUndefined();
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
    expect(state.ignored).toHaveLength(5);
    expect(state.ignored.join(" ")).toContain("“2024-02-30” is not a day");
    expect(state.ignored.join(" ")).toContain("“random()”");
  });

  it("swaps dates given the wrong way round and says so", () => {
    const state = parseSearchParams({ q: "x", from: "2025-05-01", to: "2024-05-01" });
    expect([state.from, state.to]).toEqual(["2024-05-01", "2025-05-01"]);
    expect(state.ignored).toEqual(["The dates were the wrong way round, so they were swapped."]);
  });

  it("takes the first of repeated values and cleans a speaker's name", () => {
    const state = parseSearchParams({
      q: ["one", "two"],
      speaker: ["  Ada\u0000  Lovelace ", "Bob"],
      page: ["2", "9"],
    });
    expect(state).toMatchObject({ query: "one", speaker: "Ada Lovelace", page: 2 });
  });

  it("cuts a long quoted value in its notice", () => {
    const state = parseSearchParams({ sort: "x".repeat(5000) });
    expect(state.ignored[0]?.length).toBeLessThan(120);
  });

  it("refuses absurd page numbers and speaker names", () => {
    expect(parseSearchParams({ page: "99999999" }).page).toBe(1);
    expect(parseSearchParams({ speaker: "a".repeat(201) }).speaker).toBeUndefined();
  });
});

describe("searchHref", () => {
  it("writes only what differs from the defaults", () => {
    expect(searchHref({ query: "a b", sort: "relevance", page: 1 })).toBe("/search?q=a+b");
    expect(searchHref({})).toBe("/search");
  });

  it("round-trips through parseSearchParams", () => {
    const state = {
      query: "“open source” -java",
      show: "acquired",
      speaker: "Bo Ek",
      from: "2023-01-02",
      to: "2023-03-04",
      sort: "oldest" as const,
      page: 4,
    };
    const href = searchHref(state);
    const params = Object.fromEntries(new URL(href, "https://x.example").searchParams);
    expect(parseSearchParams(params)).toEqual({ ...state, truncated: false, ignored: [] });
  });
});
