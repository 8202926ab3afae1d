// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { YOUTUBE_IFRAME_API_URL } from "@/lib/player/load-youtube-api";
import { createYouTubeAdapter } from "@/lib/player/youtube-adapter";
import { FAKE_YOUTUBE_IFRAME_API } from "./fake-youtube-iframe-api";

/** Runs the fake API script the way the browser would run the served file. */
function runFakeApi() {
  new Function(FAKE_YOUTUBE_IFRAME_API)();
}

const apiScripts = () => document.querySelectorAll(`script[src="${YOUTUBE_IFRAME_API_URL}"]`);

// The loader caches its promise per module instance: each test gets a fresh one.
let loadYouTubeApi: typeof import("@/lib/player/load-youtube-api").loadYouTubeApi;

beforeEach(async () => {
  vi.resetModules();
  ({ loadYouTubeApi } = await import("@/lib/player/load-youtube-api"));
  // @types/youtube types the global `YT` namespace as always there; before the script runs it is not.
  Reflect.deleteProperty(window, "YT");
  delete window.__fakeYTConfig;
  delete window.onYouTubeIframeAPIReady;
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});
afterEach(() => {
  vi.useRealTimers();
});

describe("loadYouTubeApi", () => {
  it("injects the script once, caches the promise and resolves with window.YT when the API is ready", async () => {
    const first = loadYouTubeApi();
    const second = loadYouTubeApi();
    expect(second).toBe(first);
    expect(apiScripts()).toHaveLength(1);
    runFakeApi();
    const YT = await first;
    expect(typeof YT.Player).toBe("function");
    expect(YT).toBe(window.YT);
    await expect(loadYouTubeApi()).resolves.toBe(YT);
    expect(apiScripts()).toHaveLength(1);
  });

  it("keeps calling an onYouTubeIframeAPIReady handler that was there before", async () => {
    const previous = vi.fn();
    window.onYouTubeIframeAPIReady = previous;
    const loading = loadYouTubeApi();
    runFakeApi();
    await loading;
    expect(previous).toHaveBeenCalledTimes(1);
  });

  it("rejects with a readable error after the timeout, then can retry", async () => {
    vi.useFakeTimers();
    const loading = loadYouTubeApi(5000);
    const assertion = expect(loading).rejects.toThrow(/did not load within 5 s/);
    vi.advanceTimersByTime(5000);
    await assertion;
    expect(apiScripts()).toHaveLength(0);
    const retry = loadYouTubeApi(5000);
    expect(retry).not.toBe(loading);
    expect(apiScripts()).toHaveLength(1);
    vi.useRealTimers();
    runFakeApi();
    await expect(retry).resolves.toBe(window.YT);
  });

  it("resolves at once without a script when the API is already there", async () => {
    runFakeApi();
    await expect(loadYouTubeApi()).resolves.toBe(window.YT);
    expect(apiScripts()).toHaveLength(0);
  });

  it("rejects when the script fails to load", async () => {
    const loading = loadYouTubeApi();
    const script = apiScripts()[0] as HTMLScriptElement;
    script.onerror?.(new Event("error"));
    await expect(loading).rejects.toThrow(/could not be loaded/);
  });
});

describe("the fake IFrame API with the adapter", () => {
  it("creates a player without an iframe, starts at the deep-linked time and plays", async () => {
    window.__fakeYTConfig = { realtime: false, readyDelayMs: 0 };
    const loading = loadYouTubeApi();
    runFakeApi();
    const YT = await loading;
    const host = document.createElement("div");
    document.body.append(host);
    const adapter = createYouTubeAdapter(YT, host, {
      videoId: "abcdefghijk",
      start: 516,
      offset: 6,
      autoplay: true,
    });
    const played = new Promise((resolve) => adapter.on("play", resolve));
    await played;
    const el = document.querySelector("[data-fake-youtube-player]") as HTMLElement;
    expect(el.dataset.videoId).toBe("abcdefghijk");
    expect(el.dataset.host).toBe("https://www.youtube-nocookie.com");
    expect(el.dataset.start).toBe("510");
    expect(document.querySelector("iframe")).toBeNull();
    expect(adapter.isPaused()).toBe(false);
    expect(adapter.getCurrentTime()).toBe(516);
    window.__fakeYT?.advance(4);
    expect(adapter.getCurrentTime()).toBe(520);
    const paused = new Promise((resolve) => adapter.on("pause", resolve));
    adapter.pause();
    await paused;
    expect(adapter.isPaused()).toBe(true);
    window.__fakeYT?.advance(10); // a paused clock does not move
    expect(adapter.getCurrentTime()).toBe(520);
    expect(window.__fakeYT?.calls.map((c) => c.method)).toEqual(["seekTo", "playVideo", "pauseVideo"]);
    adapter.destroy();
    expect(document.querySelector("[data-fake-youtube-player]")).toBeNull();
  });

  it("runs the fake clock in real time while playing unless told not to", async () => {
    window.__fakeYTConfig = { readyDelayMs: 0 };
    const loading = loadYouTubeApi();
    runFakeApi();
    const YT = await loading;
    const host = document.createElement("div");
    document.body.append(host);
    const adapter = createYouTubeAdapter(YT, host, { videoId: "abcdefghijk", autoplay: true });
    await new Promise((resolve) => adapter.on("play", resolve));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const t = adapter.getCurrentTime();
    expect(t).toBeGreaterThan(0.03);
    expect(t).toBeLessThan(5);
    if (window.__fakeYT) window.__fakeYT.realtime = false;
    const frozen = adapter.getCurrentTime();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(adapter.getCurrentTime()).toBe(frozen);
    adapter.destroy();
  });
});

declare global {
  interface Window {
    __fakeYTConfig?: { realtime?: boolean; duration?: number; readyDelayMs?: number };
    __fakeYT?: {
      advance(seconds: number): void;
      realtime: boolean;
      calls: { method: string; args: unknown[] }[];
    };
  }
}
