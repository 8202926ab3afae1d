import { describe, expect, it } from "vitest";
import { hasLinkParams } from "@/lib/links/has-link-params";

describe("hasLinkParams", () => {
  it("is false for a plain link or a section hash: no validator needs loading", () => {
    expect(hasLinkParams({ search: "", hash: "" })).toBe(false);
    expect(hasLinkParams({ search: "?", hash: "" })).toBe(false);
    expect(hasLinkParams({ search: "", hash: "#debunking-the-one-model-myth" })).toBe(false);
    expect(hasLinkParams({ search: "", hash: "#start=5" })).toBe(false);
  });

  it("is true for any query string and for a #t= time", () => {
    expect(hasLinkParams({ search: "?t=516", hash: "" })).toBe(true);
    expect(hasLinkParams({ search: "?q=open", hash: "" })).toBe(true);
    expect(hasLinkParams({ search: "?show=Acquired", hash: "" })).toBe(true);
    expect(hasLinkParams({ search: "", hash: "#t=516" })).toBe(true);
    expect(hasLinkParams({ search: "", hash: "#x=1&t=516" })).toBe(true);
  });
});
