import { describe, expect, it } from "vitest";
import { parseShowParam } from "@/lib/links/parse-show-param";

describe("parseShowParam", () => {
  it("keeps a show name, trimmed", () => {
    expect(parseShowParam("Acquired")).toBe("Acquired");
    expect(parseShowParam("  Smart Talks with IBM ")).toBe("Smart Talks with IBM");
    expect(parseShowParam("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });

  it("gives null for a missing, blank or absurdly long value", () => {
    expect(parseShowParam(null)).toBeNull();
    expect(parseShowParam("")).toBeNull();
    expect(parseShowParam("   ")).toBeNull();
    expect(parseShowParam("x".repeat(201))).toBeNull();
    expect(parseShowParam("x".repeat(200))).toBe("x".repeat(200));
  });
});
