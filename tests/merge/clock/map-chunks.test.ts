import { describe, expect, it } from "vitest";
import { stripLabels } from "@/lib/merge/clock/map-chunks";

describe("stripLabels", () => {
  it("removes known labels only", () => {
    expect(stripLabels("that. Tim Harford: Jeff Boudier. Thank you", ["Tim Harford", "Jeff Boudier"])).toBe(
      "that. Jeff Boudier. Thank you",
    );
  });
});
