import { describe, expect, it } from "vitest";
import { fitClock } from "@/lib/merge/clock/fit-clock";

describe("fitClock", () => {
  it("recovers offset and rate despite outliers", () => {
    const pairs = Array.from({ length: 100 }, (_, i) => ({
      from: 60 + i * 10,
      to: 1.01 * (60 + i * 10) - 42 + ((i * 7) % 10) / 10 - 0.45,
    }));
    for (let i = 0; i < 15; i++) pairs.push({ from: i * 3, to: 500 + i });
    const fit = fitClock(pairs);
    expect(fit?.rate).toBeCloseTo(1.01, 3);
    expect(fit?.offset).toBeCloseTo(-42, 0);
    expect(fit?.inliers).toBe(100);
  });

  it("fixes the rate at 1 for short spans and single pairs", () => {
    expect(fitClock([{ from: 10, to: 5 }])).toMatchObject({ rate: 1, offset: -5 });
    expect(
      fitClock([
        { from: 10, to: 5 },
        { from: 20, to: 16 },
        { from: 30, to: 25 },
      ])?.rate,
    ).toBe(1);
    expect(fitClock([])).toBeUndefined();
  });
});
