import { describe, expect, it } from "vitest";
import { formatCueTime } from "@/lib/time/format-cue-time";

describe("formatCueTime", () => {
  it("writes hours, minutes, seconds and milliseconds with the format's separator", () => {
    expect(formatCueTime(0, ".")).toBe("00:00:00.000");
    expect(formatCueTime(3661.5, ".")).toBe("01:01:01.500");
    expect(formatCueTime(516.24, ",")).toBe("00:08:36,240");
    expect(formatCueTime(0.1 + 0.2, ".")).toBe("00:00:00.300");
    expect(formatCueTime(-3, ",")).toBe("00:00:00,000");
  });

  it("carries rounding into the next second, minute and hour", () => {
    expect(formatCueTime(59.9996, ".")).toBe("00:01:00.000");
    expect(formatCueTime(3599.9999, ",")).toBe("01:00:00,000");
    expect(formatCueTime(36_000, ".")).toBe("10:00:00.000");
  });
});
