import { describe, expect, it } from "vitest";
import { buildMapGradient } from "@/lib/view/map-gradient";

describe("buildMapGradient", () => {
  it("draws each stretch with hard stops, in time order, transparent between and after", () => {
    const gradient = buildMapGradient(
      [
        { color: "blue", start: 50, end: 100 },
        { color: "red", start: 0, end: 25 },
      ],
      200,
    );
    expect(gradient).toBe(
      "linear-gradient(to right, red 0% 12.5%, transparent 12.5% 25%, blue 25% 50%, transparent 50% 100%)",
    );
  });

  it("rounds to hundredths of a percent, clamps to the episode and never draws backwards", () => {
    const gradient = buildMapGradient(
      [
        { color: "a", start: -5, end: 1 },
        { color: "b", start: 0.5, end: 2 }, // overlaps a: starts where a ends
        { color: "c", start: 2, end: 3.5 }, // ends past the duration
      ],
      3,
    );
    expect(gradient).toBe("linear-gradient(to right, a 0% 33.33%, b 33.33% 66.67%, c 66.67% 100%)");
  });

  it("joins stretches across a pause under a thousandth of the map, and draws a longer one", () => {
    const gradient = buildMapGradient(
      [
        { color: "a", start: 0, end: 400 },
        { color: "b", start: 400.5, end: 800 }, // 0.0125 % later: no gap drawn
        { color: "a", start: 805, end: 4000 }, // 0.125 % later: a gap
      ],
      4000,
    );
    expect(gradient).toBe(
      "linear-gradient(to right, a 0% 10%, b 10% 20%, transparent 20% 20.13%, a 20.13% 100%)",
    );
  });

  it("draws nothing without a duration or a stretch of positive length", () => {
    expect(buildMapGradient([{ color: "a", start: 0, end: 1 }], undefined)).toBeUndefined();
    expect(buildMapGradient([{ color: "a", start: 0, end: 1 }], 0)).toBeUndefined();
    expect(buildMapGradient([{ color: "a", start: 1, end: 1 }], 10)).toBeUndefined();
    expect(buildMapGradient([], 10)).toBeUndefined();
  });
});
