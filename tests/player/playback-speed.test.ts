import { describe, expect, it } from "vitest";
import { formatPlaybackSpeed, parsePlaybackSpeed, PLAYBACK_SPEEDS } from "@/lib/player/playback-speed";

describe("parsePlaybackSpeed", () => {
  it("reads back every offered speed", () => {
    for (const speed of PLAYBACK_SPEEDS) expect(parsePlaybackSpeed(String(speed))).toBe(speed);
  });

  it("offers 0.75× to 2×", () => {
    expect(Math.min(...PLAYBACK_SPEEDS)).toBe(0.75);
    expect(Math.max(...PLAYBACK_SPEEDS)).toBe(2);
  });

  it.each([null, undefined, "", "fast", "1.3", "3", "0", "-1", "NaN", "Infinity", "1e0", "1.5x", "0x2", " "])(
    "falls back to 1× for %j",
    (raw) => {
      expect(parsePlaybackSpeed(raw)).toBe(1);
    },
  );
});

describe("formatPlaybackSpeed", () => {
  it("shows the speed with a multiplication sign", () => {
    expect(formatPlaybackSpeed(1.25)).toBe("1.25×");
    expect(formatPlaybackSpeed(2)).toBe("2×");
  });
});
