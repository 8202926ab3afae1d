import { describe, expect, it } from "vitest";
import { loadLinkValidators } from "@/lib/links/load-link-validators";

describe("loadLinkValidators", () => {
  it("loads the zod validators once and they validate", async () => {
    const first = loadLinkValidators();
    expect(loadLinkValidators()).toBe(first);
    const { parseTimeFromLocation, parseQueryParam } = await first;
    expect(parseTimeFromLocation({ search: "?t=8:36", hash: "" })).toEqual({ start: 516 });
    expect(parseQueryParam(["  open   source "]).query).toBe("open source");
  });
});
