import { describe, expect, it } from "vitest";
import { alignTokens } from "@/lib/merge/align/align-tokens";
import { tokenizeText } from "@/lib/merge/align/tokenize-words";
import { alignmentPair } from "../helpers/synthetic-sources";

describe("alignTokens", () => {
  it("aligns with insertions, deletions and misspellings", () => {
    const a = tokenizeText("so tell us a little bit about hugging face and about what you do there");
    const b = tokenizeText(
      "welcome to the show so tell us little bit about hiking face and and about what you do",
    );
    const map = alignTokens(a, b);
    const pairs = [...map].map((j, i) => (j >= 0 ? `${a[i]}=${b[j]}` : `${a[i]}=-`));
    expect(pairs).toContain("hugging=hiking");
    expect(pairs).toContain("so=so");
    expect(pairs).toContain("a=-");
    expect(pairs).toContain("there=-");
    expect(b[map[0] ?? -1]).toBe("so");
  });

  it("is monotone and matches 95 % on long sequences with a leading promo", () => {
    const { a, b, promo } = alignmentPair(7);
    // Its speed is a bench row (scripts/bench/bench-merge.ts), not a wall-clock assertion here.
    const map = alignTokens(a, b);
    let last = -1;
    let matched = 0;
    for (const j of map) {
      if (j < 0) continue;
      expect(j).toBeGreaterThan(last);
      expect(j).toBeGreaterThanOrEqual(promo.length);
      last = j;
      matched++;
    }
    expect(matched / a.length).toBeGreaterThan(0.95);
  });

  it("handles empty and fully different inputs", () => {
    expect([...alignTokens([], ["a"])]).toEqual([]);
    expect([...alignTokens(["a"], [])]).toEqual([-1]);
    const map = alignTokens(
      Array.from({ length: 500 }, (_, i) => `a${i}`),
      Array.from({ length: 700 }, (_, i) => `zz${i}`),
    );
    expect([...alignTokens(["x2017"], ["x2018"])]).toEqual([-1]);
    expect([...map].every((j) => j === -1)).toBe(true);
  });
});
