import { describe, expect, it } from "vitest";
import { tokenSimilarity } from "@/lib/merge/align/token-similarity";

describe("tokenSimilarity", () => {
  it("accepts typical machine misspellings and rejects different words", () => {
    expect(tokenSimilarity("hiking", "hugging")).toBeGreaterThanOrEqual(0.55);
    expect(tokenSimilarity("boutier", "boudier")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("intrigue", "intrigued")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("model", "banana")).toBeLessThan(0.55);
    expect(tokenSimilarity("same", "same")).toBe(1);
  });
});
