import { describe, expect, it } from "vitest";
import { roundTime } from "@/lib/time/round-time";

describe("roundTime", () => {
  it("rounds seconds to whole milliseconds", () => {
    expect(roundTime(516.2404)).toBe(516.24);
    expect(roundTime(516.2406)).toBe(516.241);
    expect(roundTime(0.1 + 0.2)).toBe(0.3);
  });

  it("writes -0 as 0, so the model JSON never carries -0", () => {
    expect(Object.is(roundTime(-0.0001), 0)).toBe(true);
    expect(Object.is(roundTime(-0), 0)).toBe(true);
  });
});
