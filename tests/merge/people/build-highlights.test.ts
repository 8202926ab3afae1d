import { describe, expect, it } from "vitest";
import { buildHighlights } from "@/lib/merge/people/build-highlights";
import { UsedLog } from "@/lib/merge/used-log";
import type { EpisodeWarning } from "@/lib/model/episode-schema";

describe("buildHighlights", () => {
  it("turns soundbites into ranges in time order, whatever the feed's order", () => {
    const warnings: EpisodeWarning[] = [];
    const log = new UsedLog();
    const out = buildHighlights({
      soundbites: [
        { start: 120.5, duration: 30, title: "  The turning point " },
        { start: 10, duration: 15 },
        { start: 10, duration: 5, title: "Short" },
      ],
      duration: 600,
      log,
      warnings,
    });
    expect(out).toEqual([
      { id: "h-1", start: 10, end: 15, duration: 5, title: "Short", source: "episode.json" },
      { id: "h-2", start: 10, end: 25, duration: 15, source: "episode.json" },
      {
        id: "h-3",
        start: 120.5,
        end: 150.5,
        duration: 30,
        title: "The turning point",
        source: "episode.json",
      },
    ]);
    expect(warnings).toEqual([]);
    expect(log.get("episode.json")).toEqual(["highlights"]);
  });

  it("keeps a soundbite past the episode's end, with a warning naming it", () => {
    const warnings: EpisodeWarning[] = [];
    const out = buildHighlights({
      soundbites: [{ start: 700, duration: 10 }],
      duration: 600,
      log: new UsedLog(),
      warnings,
    });
    expect(out).toHaveLength(1);
    expect(warnings).toEqual([
      { source: "episode.json", message: "the highlight at 700 s starts after the episode's end (600 s)" },
    ]);
  });

  it("adds the moments marked by hand, each moment once, the titled one kept", () => {
    const out = buildHighlights({
      soundbites: [{ start: 30, duration: 10 }],
      highlights: [
        { start: 30, end: 40, title: "Marked by hand" },
        { start: 5, end: 7.5 },
      ],
      duration: 600,
      log: new UsedLog(),
      warnings: [],
    });
    expect(out).toEqual([
      { id: "h-1", start: 5, end: 7.5, duration: 2.5, source: "episode.json" },
      { id: "h-2", start: 30, end: 40, duration: 10, title: "Marked by hand", source: "episode.json" },
    ]);
  });

  it("gives nothing without soundbites", () => {
    const log = new UsedLog();
    expect(buildHighlights({ soundbites: undefined, duration: 600, log, warnings: [] })).toEqual([]);
    expect(buildHighlights({ soundbites: [], duration: undefined, log, warnings: [] })).toEqual([]);
    expect(log.get("episode.json")).toEqual([]);
  });
});
