import { describe, expect, it } from "vitest";
import { youTubeWatchUrl } from "@/lib/player/youtube-watch-url";

describe("youTubeWatchUrl", () => {
  const watch = "https://www.youtube.com/watch?v=THEQbJIAxvE";

  it("adds the moment in whole seconds", () => {
    expect(youTubeWatchUrl(watch, 517.722)).toBe(`${watch}&t=517`);
    expect(youTubeWatchUrl("https://youtu.be/THEQbJIAxvE", 61)).toBe("https://youtu.be/THEQbJIAxvE?t=61");
  });

  it("replaces a moment the address already had, and leaves none for the very start", () => {
    expect(youTubeWatchUrl(`${watch}&t=30`, 90)).toBe(`${watch}&t=90`);
    expect(youTubeWatchUrl(`${watch}&t=30`, 0.4)).toBe(watch);
    expect(youTubeWatchUrl(watch, -5)).toBe(watch);
    expect(youTubeWatchUrl(watch, Number.NaN)).toBe(watch);
  });

  it("returns an address it cannot read as it is", () => {
    expect(youTubeWatchUrl("THEQbJIAxvE", 12)).toBe("THEQbJIAxvE");
  });
});
