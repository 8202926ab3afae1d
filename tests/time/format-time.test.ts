import { describe, expect, it } from "vitest";
import { formatClock, formatDuration, formatIsoDuration } from "@/lib/time/format-time";

describe("formatClock", () => {
  it("writes m:ss under an hour and h:mm:ss from an hour on", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(5)).toBe("0:05");
    expect(formatClock(516)).toBe("8:36");
    expect(formatClock(3599)).toBe("59:59");
    expect(formatClock(3600)).toBe("1:00:00");
    expect(formatClock(3723)).toBe("1:02:03");
    expect(formatClock(36_000)).toBe("10:00:00");
  });

  it("truncates fractions, so a sentence at 516.9 s reads 8:36", () => {
    expect(formatClock(516.9)).toBe("8:36");
    expect(formatClock(59.999)).toBe("0:59");
  });

  it("gives negative times a minus sign", () => {
    expect(formatClock(-63)).toBe("-1:03");
    expect(formatClock(-0.5)).toBe("-0:00");
  });
});

describe("formatDuration", () => {
  it("uses seconds under a minute, minutes under an hour, hours and minutes above", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(59.4)).toBe("59 s");
    expect(formatDuration(60)).toBe("1 min");
    expect(formatDuration(1842)).toBe("31 min");
    expect(formatDuration(3900)).toBe("1 h 5 min");
  });
});

describe("formatIsoDuration", () => {
  it("writes an ISO 8601 duration, leaving out zero parts", () => {
    expect(formatIsoDuration(1842)).toBe("PT30M42S");
    expect(formatIsoDuration(3600)).toBe("PT1H");
    expect(formatIsoDuration(3661)).toBe("PT1H1M1S");
    expect(formatIsoDuration(45.4)).toBe("PT45S");
  });

  it("writes zero and negative durations as PT0S", () => {
    expect(formatIsoDuration(0)).toBe("PT0S");
    expect(formatIsoDuration(-5)).toBe("PT0S");
  });
});
