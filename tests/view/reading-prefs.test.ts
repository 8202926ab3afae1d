import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEXT_SIZE,
  parseTextSize,
  parseTimestampsShown,
  READING_PREFS,
  readingPrefsInitSource,
  stepTextSize,
  TEXT_SIZES,
} from "@/lib/view/reading-prefs";

/** Runs the init script against a fake `<html>` and storage; returns the attributes it set. */
function runInit(stored: Record<string, string>, throwing = false): Record<string, string> {
  const attributes: Record<string, string> = {};
  const document = { documentElement: { setAttribute: (n: string, v: string) => (attributes[n] = v) } };
  const localStorage = {
    getItem: (key: string) => {
      if (throwing) throw new Error("SecurityError");
      return stored[key] ?? null;
    },
  };
  new Function("document", "localStorage", readingPrefsInitSource())(document, localStorage);
  return attributes;
}

const { textSize, timestamps } = READING_PREFS;

describe("reading settings read back from storage", () => {
  it("accepts each known size and falls back to the default for anything else", () => {
    for (const size of TEXT_SIZES) expect(parseTextSize(size)).toBe(size);
    for (const bad of [null, "", "huge", "LARGE", "large ", "__proto__", "0"])
      expect(parseTextSize(bad)).toBe(DEFAULT_TEXT_SIZE);
  });

  it("hides timestamps only for an explicit 'hidden'", () => {
    expect(parseTimestampsShown("hidden")).toBe(false);
    for (const other of [null, "shown", "false", "0", "Hidden"])
      expect(parseTimestampsShown(other)).toBe(true);
  });

  it("steps sizes within bounds", () => {
    expect(stepTextSize("medium", 1)).toBe("large");
    expect(stepTextSize("medium", -1)).toBe("small");
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
    expect(stepTextSize("x-large", 1)).toBe("x-large");
  });
});

describe("the before-paint init script", () => {
  it("applies a valid stored size and hidden timestamps to <html>", () => {
    expect(runInit({ [textSize.key]: "x-large", [timestamps.key]: "hidden" })).toEqual({
      [textSize.attribute]: "x-large",
      [timestamps.attribute]: "hidden",
    });
  });

  it("ignores invalid or default values (nothing to apply, nothing injected)", () => {
    expect(runInit({ [textSize.key]: '"><script>', [timestamps.key]: "nope" })).toEqual({});
    expect(runInit({ [textSize.key]: DEFAULT_TEXT_SIZE, [timestamps.key]: "shown" })).toEqual({});
  });

  it("survives storage that throws (private mode)", () => {
    expect(runInit({}, true)).toEqual({});
  });
});
