import { describe, expect, it } from "vitest";
import { cleanParamText } from "@/lib/links/clean-param-text";

describe("cleanParamText", () => {
  it("turns control and format characters and line breaks into single spaces, trimmed", () => {
    expect(cleanParamText("  Ada\u0000\u200b Love\r\nlace\t ")).toBe("Ada Love lace");
    expect(cleanParamText("\u0007\u0008")).toBe("");
  });
});
