// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { readingArea } from "@/lib/sync/reading-area";

afterEach(() => document.documentElement.style.removeProperty("--sticky-top"));

describe("readingArea", () => {
  it("starts below the sticky player's offset and ends at the window's bottom", () => {
    document.documentElement.style.setProperty("--sticky-top", "72px");
    expect(readingArea()).toEqual({ top: 72, bottom: window.innerHeight });
  });

  it("starts at the top when no offset is set", () => {
    expect(readingArea()).toEqual({ top: 0, bottom: window.innerHeight });
  });
});
