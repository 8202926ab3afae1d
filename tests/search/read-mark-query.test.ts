import { describe, expect, it } from "vitest";
import { readMarkQuery } from "@/lib/search/read-mark-query";

describe("readMarkQuery", () => {
  it("reads each word once: typed last, a beginning, the word it joins with the one before", () => {
    const read = readMarkQuery("open sou");
    expect(read.wanted).toEqual(["open", "sou"]);
    expect(read.typing).toEqual([false, true]);
    expect(read.prefix).toEqual([true, true]);
    expect(read.joined).toEqual(["", "opensou"]);
  });

  it("BAD: a finished query types nothing, and a stopword joins no word", () => {
    const read = readMarkQuery("the rapist ");
    expect(read.typing).toEqual([false, false]);
    expect(read.joined).toEqual(["", ""]);
  });

  it("keeps the last query's reading for its next text, and reads another query anew", () => {
    const first = readMarkQuery("hugging face");
    expect(readMarkQuery("hugging face")).toBe(first);
    const other = readMarkQuery("hugging fac");
    expect(other).not.toBe(first);
    expect(other.typing).toEqual([false, true]);
    expect(readMarkQuery("hugging face")).toEqual(first);
  });
});
