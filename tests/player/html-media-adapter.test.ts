import { describe, expect, it, vi } from "vitest";
import { createHtmlMediaAdapter, type MediaElementLike } from "@/lib/player/html-media-adapter";
import { createFakeFrames } from "./fake-frames";

/** An `<audio>`-like object: events are dispatched the way a browser does. */
class FakeMedia extends EventTarget implements MediaElementLike {
  currentTime = 0;
  paused = true;
  ended = false;
  readyState = 0;
  playbackRate = 1;
  defaultPlaybackRate = 1;
  playCalls = 0;
  async play() {
    this.playCalls++;
    this.paused = false;
    this.fire("play");
  }
  pause() {
    this.paused = true;
    this.fire("pause");
  }
  fire(type: string) {
    this.dispatchEvent(new Event(type));
  }
}

function setup(offset = 0) {
  const media = new FakeMedia();
  const frames = createFakeFrames();
  const adapter = createHtmlMediaAdapter(media, { offset, frames });
  const times: number[] = [];
  adapter.on("timeupdate", (t) => times.push(t));
  return { media, frames, adapter, times };
}

describe("createHtmlMediaAdapter", () => {
  it("sets the playback speed now and for a reload of the source; ignores a non-positive one", () => {
    const { media, adapter } = setup();
    adapter.setPlaybackRate(1.5);
    expect(media.playbackRate).toBe(1.5);
    expect(media.defaultPlaybackRate).toBe(1.5);
    adapter.setPlaybackRate(0);
    adapter.setPlaybackRate(Number.NaN);
    expect(media.playbackRate).toBe(1.5);
  });

  it("emits timeupdate once a frame while playing, only when the time moved", async () => {
    const { media, frames, adapter, times } = setup();
    await adapter.play();
    media.currentTime = 1.5;
    frames.frame();
    frames.frame(); // same time: nothing new
    media.currentTime = 1.52;
    frames.frame();
    expect(times).toEqual([1.5, 1.52]);
  });

  it("stops the frame loop on pause and on ended", async () => {
    const { media, frames, adapter } = setup();
    await adapter.play();
    expect(frames.pending).toBe(1);
    adapter.pause();
    expect(frames.pending).toBe(0);
    await adapter.play();
    media.ended = true;
    media.paused = true;
    media.fire("ended");
    expect(frames.pending).toBe(0);
  });

  it("reports play, pause and ended with the episode time", async () => {
    const { media, adapter } = setup(10);
    const events: string[] = [];
    adapter.on("play", (t) => events.push(`play@${t}`));
    adapter.on("pause", (t) => events.push(`pause@${t}`));
    adapter.on("ended", (t) => events.push(`ended@${t}`));
    media.currentTime = 5;
    await adapter.play();
    adapter.pause();
    media.fire("ended");
    expect(events).toEqual(["play@15", "pause@15", "ended@15"]);
    expect(adapter.isPaused()).toBe(true);
  });

  it("converts episode time to media time with the offset (mediaTime = episodeTime − offset)", () => {
    const { media, adapter, times } = setup(30);
    adapter.seek(100);
    expect(media.currentTime).toBe(70);
    expect(adapter.getCurrentTime()).toBe(100);
    expect(times).toEqual([100]);
  });

  it("clamps a seek before the media's start to its first frame, and ignores non-finite seeks", () => {
    const { media, adapter } = setup(30);
    adapter.seek(10);
    expect(media.currentTime).toBe(0);
    adapter.seek(Number.NaN);
    adapter.seek(Infinity);
    expect(media.currentTime).toBe(0);
  });

  it("emits timeupdate on seeked even when the time did not change", () => {
    const { media, times } = setup();
    media.currentTime = 42;
    media.fire("seeked");
    media.fire("seeked");
    expect(times).toEqual([42, 42]);
  });

  it("uses the native timeupdate only while no frame loop runs", async () => {
    const { media, adapter, times } = setup();
    media.currentTime = 3;
    media.fire("timeupdate");
    await adapter.play();
    media.currentTime = 4;
    media.fire("timeupdate"); // the frame loop owns updates now
    expect(times).toEqual([3]);
  });

  it("emits ready on loadedmetadata once, and replays it to late listeners", async () => {
    const { media, adapter } = setup();
    const early = vi.fn();
    adapter.on("ready", early);
    media.fire("loadedmetadata");
    media.fire("loadedmetadata");
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    adapter.on("ready", late);
    await Promise.resolve();
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("is ready at once for an element that already has metadata", async () => {
    const media = new FakeMedia();
    media.readyState = 4;
    const adapter = createHtmlMediaAdapter(media, { frames: createFakeFrames() });
    const ready = vi.fn();
    adapter.on("ready", ready);
    await Promise.resolve();
    expect(ready).toHaveBeenCalledWith(0);
  });

  it("stops calling a listener after unsubscribe", () => {
    const { media, adapter } = setup();
    const cb = vi.fn();
    const off = adapter.on("timeupdate", cb);
    off();
    media.fire("seeked");
    expect(cb).not.toHaveBeenCalled();
  });

  it("lets other listeners run when one throws", () => {
    const { media, adapter, times } = setup();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    adapter.on("timeupdate", () => {
      throw new Error("boom");
    });
    media.currentTime = 7;
    media.fire("seeked");
    expect(times).toEqual([7]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("detaches everything on destroy", async () => {
    const { media, frames, adapter, times } = setup();
    await adapter.play();
    adapter.destroy();
    expect(frames.pending).toBe(0);
    media.currentTime = 9;
    media.fire("seeked");
    media.fire("play");
    expect(times).toEqual([]);
    expect(frames.pending).toBe(0);
  });

  it("passes play() rejections to the caller", async () => {
    const media = new FakeMedia();
    media.play = () => Promise.reject(new DOMException("no gesture", "NotAllowedError"));
    const adapter = createHtmlMediaAdapter(media, { frames: createFakeFrames() });
    await expect(adapter.play()).rejects.toThrow("no gesture");
  });
});
