import { describe, expect, it } from "vitest";
import { parseSpeakerParam } from "@/lib/links/speaker-param";

describe("parseSpeakerParam", () => {
  it.each([
    ["tim-harford", "tim-harford"],
    ["voice-2", "voice-2"],
    [["jeff-boudier", "tim-harford"], "jeff-boudier"],
  ])("GOOD: %j → %j", (value, speaker) => {
    expect(parseSpeakerParam(value)).toBe(speaker);
  });

  it.each([
    [null],
    [undefined],
    [""],
    [" tim-harford"],
    ["Tim Harford"],
    ["<script>"],
    ["../etc"],
    ["x".repeat(101)],
    [42],
    [[]],
  ])("BAD: %j is ignored", (value) => {
    expect(parseSpeakerParam(value)).toBeNull();
  });
});
