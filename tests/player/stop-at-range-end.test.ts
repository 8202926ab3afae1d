import { describe, expect, it } from "vitest";
import { stopAtRangeEnd } from "@/lib/player/stop-at-range-end";
import { fakeAdapter } from "./fake-media-adapter";

const range = { from: 20, end: 30 };

function playing() {
  const fake = fakeAdapter(20);
  fake.adapter.play();
  return fake;
}

describe("stopAtRangeEnd", () => {
  it("keeps the range while playback is inside it", () => {
    const { adapter, state } = playing();
    expect(stopAtRangeEnd(range, adapter, 20)).toBe(range);
    expect(stopAtRangeEnd(range, adapter, 29.99)).toBe(range);
    expect(state.calls).toEqual(["play"]);
  });

  it("pauses once, when playback crosses the end (up to a second late)", () => {
    for (const time of [30, 30.016, 30.99]) {
      const { adapter, state } = playing();
      expect(stopAtRangeEnd(range, adapter, time)).toBeUndefined();
      expect(state.calls).toEqual(["play", "pause"]);
    }
  });

  it("ends without pausing when the time leaves the range (the reader moved the playhead)", () => {
    for (const time of [31, 45, 18.9, 0]) {
      const { adapter, state } = playing();
      expect(stopAtRangeEnd(range, adapter, time)).toBeUndefined();
      expect(state.calls).toEqual(["play"]);
    }
  });

  it("keeps the range, without a call, when the media is already paused at its end", () => {
    const { adapter, state } = fakeAdapter(30.2);
    expect(stopAtRangeEnd(range, adapter, 30.2)).toBe(range);
    expect(state.calls).toEqual([]);
  });
});
