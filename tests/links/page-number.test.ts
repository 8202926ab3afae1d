import { describe, expect, it } from "vitest";
import { parsePageNumber } from "@/lib/links/page-number";

describe("parsePageNumber", () => {
  it("reads whole numbers written plainly and nothing else", () => {
    expect(parsePageNumber("2")).toBe(2);
    expect(parsePageNumber("120")).toBe(120);
    for (const raw of ["0", "02", "1.5", "-1", "2a", "", " 2", "1e3", "9999999"])
      expect(parsePageNumber(raw)).toBeUndefined();
  });
});
