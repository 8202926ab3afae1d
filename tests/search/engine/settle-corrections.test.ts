import { describe, expect, it } from "vitest";
import { settleCorrections } from "@/lib/search/engine/settle-corrections";

const searchedAs = (typed: string, words: string[]) => words.map((to) => ({ from: typed, to }));

describe("settleCorrections", () => {
  it("GOOD: names the close word the hits say, and marks it, not the first one searched", () => {
    const settled = settleCorrections(
      { corrections: searchedAs("opne", ["one", "open"]), markQuery: "one source" },
      ["We love open source.", "Open-source code"],
    );
    expect(settled).toEqual({ corrections: [{ from: "opne", to: "open" }], markQuery: "open source" });
  });

  it("GOOD: names every close word the hits say, the most said first; a finished query stays finished", () => {
    const settled = settleCorrections(
      { corrections: searchedAs("opne", ["one", "open"]), markQuery: "one source " },
      ["one source, open source", "open source"],
    );
    expect(settled.corrections.map((c) => c.to)).toEqual(["open", "one"]);
    expect(settled.markQuery).toBe("open source ");
  });

  it("GOOD: each typed word apart; the others' words are left as they are", () => {
    const settled = settleCorrections(
      {
        corrections: [...searchedAs("acess", ["access"]), ...searchedAs("opne", ["one", "open"])],
        markQuery: "access one data",
      },
      ["open data access"],
    );
    expect(settled.corrections).toEqual([
      { from: "acess", to: "access" },
      { from: "opne", to: "open" },
    ]);
    expect(settled.markQuery).toBe("access open data");
  });

  it("BAD: hits that say none of them name them all, as searched; no corrections, nothing changes", () => {
    const searched = { corrections: searchedAs("opne", ["one", "open"]), markQuery: "one source" };
    expect(settleCorrections(searched, ["source code"])).toEqual(searched);
    expect(settleCorrections(searched, [])).toEqual(searched);
    const none = { corrections: [], markQuery: "open source" };
    expect(settleCorrections(none, ["one source"])).toEqual(none);
  });
});
