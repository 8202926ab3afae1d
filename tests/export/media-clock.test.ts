import { describe, expect, it } from "vitest";
import type { Media } from "@/lib/model/episode-schema";
import { buildCues } from "@/lib/export/build-cues";
import { formatText } from "@/lib/export/format-text";
import { toJsonChapters } from "@/lib/export/format-json-chapters";
import { getPrimaryOffset } from "@/lib/model/primary-media";
import { ADA, makeEpisode } from "./episode-fixture";

// The podcast's audio starts with a 60 s promo the video lacks: audio time = video time + 60.
const AUDIO: Media = {
  kind: "audio",
  url: "/media/ep.mp3",
  primary: true,
  offset: -60,
  source: "episode.json",
};
const VIDEO: Media = {
  kind: "youtube",
  url: "https://www.youtube.com/watch?v=abcdefghijk",
  youtubeId: "abcdefghijk",
  primary: false,
  offset: 0,
  source: "summary.md",
};

const turns = [{ speakerId: "ada-lovelace", sentences: [{ text: "Hello there.", start: 5, end: 7 }] }];

describe("exports on the primary media's clock", () => {
  it("reads the primary media's offset, 0 without media", () => {
    expect(getPrimaryOffset([VIDEO, AUDIO])).toBe(-60);
    expect(
      getPrimaryOffset([
        { ...AUDIO, primary: false },
        { ...VIDEO, primary: true },
      ]),
    ).toBe(0);
    expect(getPrimaryOffset([])).toBe(0);
    expect(getPrimaryOffset(undefined)).toBe(0);
  });

  it("times caption cues for the file that is played: episode 5 s is 1:05 of the audio", () => {
    const episode = makeEpisode(turns, [ADA], { media: [AUDIO, VIDEO] });
    expect(buildCues(episode).map((c) => [c.start, c.end])).toEqual([[65, 67]]);
    const onVideo = makeEpisode(turns, [ADA], { media: [{ ...VIDEO, primary: true }] });
    expect(buildCues(onVideo).map((c) => [c.start, c.end])).toEqual([[5, 7]]);
  });

  it("prints paragraph times of the text export on the same clock", () => {
    const episode = makeEpisode(turns, [ADA], { media: [AUDIO, VIDEO] });
    expect(formatText(episode)).toContain("[1:05] Ada Lovelace: Hello there.");
  });

  it("times chapters on the media's clock but links to the page's moment on the episode clock", () => {
    const episode = makeEpisode([], [], {
      media: [AUDIO, VIDEO],
      sections: [{ id: "a", title: "Start", start: 0, end: 30, source: "summary.md" }],
    });
    expect(toJsonChapters(episode, { origin: "https://example.org" }).chapters).toEqual([
      { startTime: 60, endTime: 90, title: "Start", url: "https://example.org/episodes/fixture-episode?t=0" },
    ]);
  });
});
