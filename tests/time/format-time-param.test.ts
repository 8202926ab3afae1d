import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { parseTimeParam } from "@/lib/time/parse-time-param";

describe("formatTimeParam", () => {
  it.each([
    [[516], "516"],
    [[516.5], "516.5"],
    [[516.25], "516.25"],
    [[517.722], "517.722"],
    [[516.0004], "516"],
    [[516.9996], "517"],
    [[0], "0"],
    [[-3], "0"],
    [[Number.NaN], "0"],
    [[516, 530], "516,530"],
    [[516.5, 530.25], "516.5,530.25"],
    [[516, 516], "516"],
    [[516, 500], "516"],
    [[516, 516.0004], "516"],
    [[516, 516.04], "516,516.04"],
    [[516, Infinity], "516"],
  ] as const)("%j → %s", (args, expected) => {
    expect(formatTimeParam(...(args as unknown as [number, number?]))).toBe(expected);
  });

  it("round-trips through parseTimeParam to within half a millisecond", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100_000, noNaN: true }), (seconds) => {
        const parsed = parseTimeParam(formatTimeParam(seconds));
        // One time is a moment: no end.
        expect(parsed && Object.keys(parsed)).toEqual(["start"]);
        expect(Math.abs((parsed?.start ?? Number.NaN) - seconds)).toBeLessThanOrEqual(0.0005 + 1e-9);
      }),
    );
  });
});
