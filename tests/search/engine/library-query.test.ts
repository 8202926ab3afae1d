import { describe, expect, it } from "vitest";
import {
  isSearchStopped,
  isSearchUnavailable,
  SearchStoppedError,
  SearchUnavailableError,
} from "@/lib/search/engine/library-query";

/** An error as another bundle's copy of the module makes it: same name, another class. */
const fromAnotherCopy = (name: string) => Object.assign(new Error("elsewhere"), { name });

describe("telling the engine's errors apart", () => {
  it("GOOD: knows its own errors, and those another copy of the module made", () => {
    expect(isSearchUnavailable(new SearchUnavailableError("x"))).toBe(true);
    expect(isSearchUnavailable(new SearchStoppedError("x"))).toBe(true);
    expect(isSearchStopped(new SearchStoppedError("x"))).toBe(true);
    expect(isSearchUnavailable(fromAnotherCopy("SearchUnavailableError"))).toBe(true);
    expect(isSearchUnavailable(fromAnotherCopy("SearchStoppedError"))).toBe(true);
    expect(isSearchStopped(fromAnotherCopy("SearchStoppedError"))).toBe(true);
  });

  it("BAD: an engine that cannot answer has not stopped; other errors are neither", () => {
    expect(isSearchStopped(new SearchUnavailableError("x"))).toBe(false);
    expect(isSearchStopped(fromAnotherCopy("SearchUnavailableError"))).toBe(false);
    for (const other of [
      new Error("x"),
      new TypeError("x"),
      "SearchStoppedError",
      undefined,
      { name: "SearchStoppedError" },
    ]) {
      expect(isSearchUnavailable(other)).toBe(false);
      expect(isSearchStopped(other)).toBe(false);
    }
  });
});
