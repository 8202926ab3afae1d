import { describe, expect, it } from "vitest";
import { toPagefindQuery } from "@/lib/search/static/pagefind-query";

describe("toPagefindQuery", () => {
  it("GOOD: leaves stopwords out of unquoted words, in any case and with punctuation", () => {
    expect(toPagefindQuery("the future of language models")).toBe("future language models");
    expect(toPagefindQuery("Attention is ALL you need")).toBe("Attention need");
    expect(toPagefindQuery("privacy, and trust")).toBe("privacy, trust");
  });

  it("GOOD: quoted phrases keep their stopwords and become straight quotes", () => {
    expect(toPagefindQuery('the "open source" of AI')).toBe('"open source" AI');
    expect(toPagefindQuery("“all you need” is attention")).toBe('"all you need" attention');
    expect(toPagefindQuery('models "all you')).toBe('models "all you');
  });

  it("BAD: a query of stopwords only (or a quoted one) is left whole, not emptied", () => {
    expect(toPagefindQuery("to be or not to be")).toBe("to be or not to be");
    expect(toPagefindQuery("the")).toBe("the");
    expect(toPagefindQuery("„what is it”")).toBe('"what is it"');
  });

  it("BAD: words that merely contain a stopword stay (`theory`, `isle`, `don't`)", () => {
    expect(toPagefindQuery("theory isle don't")).toBe("theory isle don't");
  });
});
