import { describe, expect, it, vi } from "vitest";
import { createYouTubeAdapter, YOUTUBE_EMBED_HOST } from "@/lib/player/youtube-adapter";
import { YT_STATE, type YouTubeApi, type YouTubePlayer } from "@/lib/player/youtube-adapter";
import { createFakeFrames } from "./fake-frames";

/** A fake `YT.Player`: records calls; the test drives readiness, state changes and the clock. */
class FakePlayer implements YouTubePlayer {
  static last: FakePlayer | undefined;
  time = 0;
  state: number = YT_STATE.UNSTARTED;
  calls: string[] = [];
  iframe = { setAttribute: vi.fn() } as unknown as HTMLIFrameElement;
  constructor(
    public host: HTMLElement | string,
    public options: YT.PlayerOptions,
  ) {
    FakePlayer.last = this;
  }
  getCurrentTime() {
    return this.time;
  }
  seekTo(seconds: number, allowSeekAhead: boolean) {
    this.calls.push(`seekTo(${seconds},${allowSeekAhead})`);
  }
  playVideo() {
    this.calls.push("playVideo");
  }
  pauseVideo() {
    this.calls.push("pauseVideo");
  }
  setPlaybackRate(rate: number) {
    this.calls.push(`setPlaybackRate(${rate})`);
  }
  getPlayerState() {
    return this.state;
  }
  getIframe() {
    return this.iframe;
  }
  destroy() {
    this.calls.push("destroy");
  }
  /** The player as the API's event objects carry it (the fake has only the methods the adapter calls). */
  get asPlayer() {
    return this as unknown as YT.Player;
  }
  ready() {
    this.options.events?.onReady?.({ target: this.asPlayer });
  }
  setState(state: number) {
    this.state = state;
    this.options.events?.onStateChange?.({ target: this.asPlayer, data: state });
  }
}

const api: YouTubeApi = { Player: FakePlayer };
const host = {} as HTMLElement;

function setup(options: Partial<Parameters<typeof createYouTubeAdapter>[2]> = {}) {
  const frames = createFakeFrames();
  let clock = 0;
  const adapter = createYouTubeAdapter(api, host, {
    videoId: "abcdefghijk",
    frames,
    now: () => clock,
    ...options,
  });
  const player = FakePlayer.last as FakePlayer;
  const times: number[] = [];
  adapter.on("timeupdate", (t) => times.push(t));
  return { adapter, player, frames, times, tick: (ms: number) => (clock += ms) };
}

describe("createYouTubeAdapter: creation", () => {
  it("creates the player on the host with the nocookie host and the player vars", () => {
    const { player } = setup({ start: 516.7, offset: 10 });
    expect(player.host).toBe(host);
    expect(player.options.videoId).toBe("abcdefghijk");
    expect(player.options.host).toBe(YOUTUBE_EMBED_HOST);
    expect(YOUTUBE_EMBED_HOST).toBe("https://www.youtube-nocookie.com");
    // start is whole media seconds: floor(516.7 − 10)
    expect(player.options.playerVars).toEqual({ playsinline: 1, rel: 0, start: 506 });
  });

  it("asks for autoplay only when the reader asked to play", () => {
    expect(setup({ autoplay: true }).player.options.playerVars?.autoplay).toBe(1);
    expect(setup().player.options.playerVars?.autoplay).toBeUndefined();
  });

  it("keeps a playback speed asked for before ready and applies it when ready, later ones at once", () => {
    const { adapter, player } = setup();
    adapter.setPlaybackRate(1.5);
    expect(player.calls).toEqual([]);
    player.ready();
    expect(player.calls).toEqual(["setPlaybackRate(1.5)"]);
    adapter.setPlaybackRate(2);
    expect(player.calls).toEqual(["setPlaybackRate(1.5)", "setPlaybackRate(2)"]);
  });

  it("sets the iframe title when ready", () => {
    const { player } = setup({ title: "Episode video" });
    player.ready();
    expect(player.iframe.setAttribute).toHaveBeenCalledWith("title", "Episode video");
  });
});

describe("createYouTubeAdapter: before the video first plays", () => {
  it("reports the requested start (episode time) until the player runs", () => {
    const { adapter, player } = setup({ start: 516.7, offset: 10 });
    expect(adapter.getCurrentTime()).toBeCloseTo(516.7);
    player.time = 0;
    player.ready();
    expect(adapter.getCurrentTime()).toBeCloseTo(516.7);
    expect(adapter.isPaused()).toBe(true);
  });

  it("seeks to the exact start and plays on ready when autoplay was asked", () => {
    const { player } = setup({ start: 516.7, offset: 10, autoplay: true });
    expect(player.calls).toEqual([]);
    player.ready();
    expect(player.calls).toHaveLength(2);
    expect(player.calls[0]).toMatch(/^seekTo\(506\.7\d*,true\)$/);
    expect(player.calls[1]).toBe("playVideo");
  });

  it("does not call seekTo on an unstarted video without a play (it would start playback)", () => {
    const { adapter, player, times } = setup();
    player.ready();
    adapter.seek(100);
    expect(player.calls).toEqual([]);
    expect(adapter.getCurrentTime()).toBe(100);
    expect(times).toEqual([100]);
    adapter.play();
    expect(player.calls).toEqual(["seekTo(100,true)", "playVideo"]);
  });

  it("queues play and seek made before ready", () => {
    const { adapter, player } = setup();
    adapter.seek(42);
    adapter.play();
    expect(player.calls).toEqual([]);
    player.ready();
    expect(player.calls).toEqual(["seekTo(42,true)", "playVideo"]);
  });

  it("forgets a queued play when paused before ready", () => {
    const { adapter, player } = setup({ autoplay: true });
    adapter.pause();
    player.ready();
    expect(player.calls).toEqual([]);
  });

  it("applies a kept seek when playback starts from the iframe's own controls", () => {
    const { adapter, player } = setup({ start: 300 });
    player.ready();
    player.setState(YT_STATE.PLAYING);
    expect(player.calls).toEqual(["seekTo(300,true)"]);
    player.time = 0; // the player's cached time lags behind the seek
    expect(adapter.getCurrentTime()).toBe(300);
  });
});

describe("createYouTubeAdapter: playing", () => {
  function playing(offset = 0) {
    const ctx = setup({ offset, autoplay: true });
    ctx.player.ready();
    ctx.player.setState(YT_STATE.PLAYING);
    ctx.player.calls.length = 0;
    return ctx;
  }

  it("polls getCurrentTime once a frame while playing and emits episode time", () => {
    const { player, frames, times } = playing(5);
    player.time = 1;
    frames.frame();
    frames.frame(); // unchanged: no event
    player.time = 1.25;
    frames.frame();
    expect(times).toEqual([6, 6.25]);
  });

  it("emits play and pause, and stops polling when paused", () => {
    const { adapter, player, frames } = playing();
    const events: string[] = [];
    adapter.on("pause", () => events.push("pause"));
    adapter.on("play", () => events.push("play"));
    expect(adapter.isPaused()).toBe(false);
    expect(frames.pending).toBe(1);
    adapter.pause();
    expect(player.calls).toEqual(["pauseVideo"]);
    player.setState(YT_STATE.PAUSED);
    expect(adapter.isPaused()).toBe(true);
    expect(frames.pending).toBe(0);
    player.setState(YT_STATE.PLAYING);
    expect(events).toEqual(["pause", "play"]);
  });

  it("keeps playing through buffering", () => {
    const { adapter, player, frames } = playing();
    player.setState(YT_STATE.BUFFERING);
    expect(adapter.isPaused()).toBe(false);
    expect(frames.pending).toBe(1);
  });

  it("emits ended (not pause) at the end", () => {
    const { adapter, player } = playing();
    const events: string[] = [];
    adapter.on("pause", () => events.push("pause"));
    adapter.on("ended", () => events.push("ended"));
    player.setState(YT_STATE.ENDED);
    expect(events).toEqual(["ended"]);
    expect(adapter.isPaused()).toBe(true);
  });

  it("seeks with media time and bridges the player's lagging time for a moment", () => {
    const { adapter, player, tick } = playing(10);
    player.time = 50;
    adapter.seek(200);
    expect(player.calls).toEqual(["seekTo(190,true)"]);
    expect(adapter.getCurrentTime()).toBe(200); // player still says 50
    tick(1500);
    expect(adapter.getCurrentTime()).toBe(60); // settle window over: trust the player
  });

  it("trusts the player as soon as it reports a time near the target", () => {
    const { adapter, player } = playing();
    adapter.seek(200);
    player.time = 200.4;
    expect(adapter.getCurrentTime()).toBe(200.4);
    player.time = 50;
    expect(adapter.getCurrentTime()).toBe(50);
  });

  it("clamps seeks before the media's start and ignores non-finite ones", () => {
    const { adapter, player } = playing(10);
    adapter.seek(3);
    adapter.seek(Number.NaN);
    expect(player.calls).toEqual(["seekTo(0,true)"]);
  });

  it("destroys the player, stops polling and drops listeners", () => {
    const { adapter, player, frames, times } = playing();
    adapter.destroy();
    expect(player.calls).toEqual(["destroy"]);
    expect(frames.pending).toBe(0);
    player.time = 9;
    frames.frame();
    expect(times).toEqual([]);
  });
});

describe("createYouTubeAdapter: errors", () => {
  it("passes player error codes on", () => {
    const onError = vi.fn();
    const { player } = setup({ onError });
    player.options.events?.onError?.({ target: player.asPlayer, data: 150 });
    expect(onError).toHaveBeenCalledWith(150);
  });
});
