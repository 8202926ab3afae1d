import { describe, expect, it } from "vitest";
import {
  YOUTUBE_EMBED_HOST,
  YT_STATE,
  youTubePlayerOptions,
  youTubeStateEffect,
} from "@/lib/player/youtube-iframe-api";

describe("youTubeStateEffect", () => {
  it("plays on PLAYING, whether or not the video was playing", () => {
    expect(youTubeStateEffect(YT_STATE.PLAYING, false)).toEqual({ playing: true, event: "play" });
    expect(youTubeStateEffect(YT_STATE.PLAYING, true)).toEqual({ playing: true, event: "play" });
  });

  it("stops with ended (never pause) on ENDED", () => {
    expect(youTubeStateEffect(YT_STATE.ENDED, true)).toEqual({ playing: false, event: "ended" });
    expect(youTubeStateEffect(YT_STATE.ENDED, false)).toEqual({ playing: false, event: "ended" });
  });

  it("stops on PAUSED and CUED, with a pause only when the video was playing", () => {
    for (const state of [YT_STATE.PAUSED, YT_STATE.CUED]) {
      expect(youTubeStateEffect(state, true)).toEqual({ playing: false, event: "pause" });
      expect(youTubeStateEffect(state, false)).toEqual({ playing: false, event: undefined });
    }
  });

  it("changes nothing on BUFFERING (playback goes on) or UNSTARTED", () => {
    expect(youTubeStateEffect(YT_STATE.BUFFERING, true)).toBeUndefined();
    expect(youTubeStateEffect(YT_STATE.UNSTARTED, false)).toBeUndefined();
  });

  it("changes nothing on a value the API does not define", () => {
    for (const state of [4, 6, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(youTubeStateEffect(state, true)).toBeUndefined();
    }
  });
});

describe("youTubePlayerOptions", () => {
  const events: YT.Events = { onReady: () => {} };

  it("creates an inline nocookie player that starts at the whole second before the start", () => {
    const options = youTubePlayerOptions("abcdefghijk", 506.7, false, events);
    expect(options).toEqual({
      videoId: "abcdefghijk",
      host: "https://www.youtube-nocookie.com",
      width: "100%",
      height: "100%",
      playerVars: { playsinline: 1, rel: 0, start: 506 },
      events,
    });
    expect(options.host).toBe(YOUTUBE_EMBED_HOST);
  });

  it("starts at 0 without a start time, and asks for autoplay only when the reader asked to play", () => {
    expect(youTubePlayerOptions("abcdefghijk", undefined, false, events).playerVars).toEqual({
      playsinline: 1,
      rel: 0,
      start: 0,
    });
    expect(youTubePlayerOptions("abcdefghijk", 0.9, true, events).playerVars).toEqual({
      playsinline: 1,
      rel: 0,
      start: 0,
      autoplay: 1,
    });
  });
});
