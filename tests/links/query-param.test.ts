import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH } from "@/lib/links/max-query-length";
import { parseQueryParam } from "@/lib/links/query-param";
import { buildHitHref, hitTimeParam } from "@/lib/search/hit-href";
import { parseTimeParam } from "@/lib/time/parse-time-param";

describe("parseQueryParam", () => {
  it.each([
    ["hugging face", "hugging face"],
    ["  spaced\t out \n", "spaced out"],
    [["first", "second"], "first"],
    ["a\u0000b\u200bc", "a b c"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    [undefined, ""],
    [42, ""],
    [["", "x"], ""],
  ])("%j → %j", (value, query) => {
    expect(parseQueryParam(value).query).toBe(query);
  });

  it("cuts a long query to MAX_QUERY_LENGTH characters and says so", () => {
    const { query, truncated } = parseQueryParam("x".repeat(500));
    expect(query).toHaveLength(MAX_QUERY_LENGTH);
    expect(truncated).toBe(true);
    expect(parseQueryParam("😀".repeat(300)).query).toBe("😀".repeat(MAX_QUERY_LENGTH));
    expect(parseQueryParam("y".repeat(1_000_000))).toEqual({ query: "", truncated: false });
  });
});

describe("hit links", () => {
  it("rounds the time up to a tenth so the sync island lands on the sentence", () => {
    expect(hitTimeParam(503.417, 516)).toBe("503.5");
    expect(hitTimeParam(516, 530)).toBe("516");
    expect(hitTimeParam(10.001, 10.05)).toBe("10.001");
    for (const start of [0, 1.05, 503.417, 1234.56]) {
      const t = parseTimeParam(hitTimeParam(start, start + 2))?.start ?? -1;
      expect(t).toBeGreaterThanOrEqual(start);
      expect(t).toBeLessThan(start + 0.1 + 1e-9);
    }
  });

  it("links to the episode at the hit with the query", () => {
    expect(buildHitHref("a", "open source", { start: 503.417, end: 516, id: "s-503417" })).toBe(
      "/episodes/a?t=503.5&q=open+source",
    );
    expect(buildHitHref("a", "x&y=<z>", { id: "u-1" })).toBe("/episodes/a?q=x%26y%3D%3Cz%3E#u-1");
    expect(buildHitHref("a", "q", {})).toBe("/episodes/a?q=q");
    expect(buildHitHref("a", "q", { start: -3, id: "s--3" })).toBe("/episodes/a?q=q#s--3");
  });
});
