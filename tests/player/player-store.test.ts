import { describe, expect, it, vi } from "vitest";
import { createPlayerStore } from "@/lib/player/player-store";
import { fakeAdapter } from "./fake-media-adapter";

describe("playerStore", () => {
  it("starts empty, unpositioned and paused; the server snapshot is the same", () => {
    const store = createPlayerStore();
    expect(store.getSnapshot()).toEqual({
      adapter: null,
      time: 0,
      paused: true,
      positioned: false,
      pendingTime: undefined,
    });
    expect(store.getServerSnapshot()).toBe(store.getSnapshot());
  });

  it("follows the attached adapter's time and play state, with a new snapshot per change", () => {
    const store = createPlayerStore();
    const { adapter, fire } = fakeAdapter();
    const listener = vi.fn();
    store.subscribe(listener);
    store.attach(adapter);
    const before = store.getSnapshot();
    fire("timeupdate", 12.5);
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot().time).toBe(12.5);
    expect(store.getSnapshot().positioned).toBe(true);
    fire("play", 13);
    expect(store.getSnapshot().paused).toBe(false);
    fire("ended", 20);
    expect(store.getSnapshot()).toMatchObject({ paused: true, time: 20 });
    const calls = listener.mock.calls.length;
    fire("timeupdate", 20); // nothing changed: no notification
    expect(listener.mock.calls.length).toBe(calls);
  });

  it("is not positioned by the adapter's starting time alone", () => {
    const store = createPlayerStore();
    const { adapter, fire } = fakeAdapter(30);
    store.attach(adapter);
    fire("timeupdate", 30);
    expect(store.getSnapshot()).toMatchObject({ time: 30, positioned: false });
  });

  it("keeps a seek asked before a player exists, creates the player on play, and applies both on attach", () => {
    const store = createPlayerStore();
    const launcher = vi.fn();
    store.setLauncher(launcher);
    store.requestSeek(516, { play: false });
    expect(launcher).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toMatchObject({ time: 516, pendingTime: 516, positioned: true });
    store.requestSeek(600, { play: true });
    expect(launcher).toHaveBeenCalledWith({ play: true });
    const { adapter, state } = fakeAdapter();
    store.attach(adapter);
    expect(state.calls).toEqual(["seek(600)", "play"]);
    expect(store.getSnapshot()).toMatchObject({ adapter, time: 600, pendingTime: undefined, paused: false });
  });

  it("does not play on attach when only a seek was asked", () => {
    const store = createPlayerStore();
    store.requestSeek(42, { play: false });
    const { adapter, state } = fakeAdapter();
    store.attach(adapter);
    expect(state.calls).toEqual(["seek(42)"]);
  });

  it("seeks and plays an attached adapter directly", () => {
    const store = createPlayerStore();
    const { adapter, state } = fakeAdapter();
    store.attach(adapter);
    store.requestSeek(99, { play: true });
    store.requestSeek(Number.NaN, { play: true });
    expect(state.calls).toEqual(["seek(99)", "play"]);
  });

  it("toggles play; without a player it asks the launcher for one that plays", () => {
    const store = createPlayerStore();
    const launcher = vi.fn();
    store.setLauncher(launcher);
    store.togglePlay();
    expect(launcher).toHaveBeenCalledWith({ play: true });
    const { adapter, state } = fakeAdapter();
    store.attach(adapter);
    expect(state.calls).toEqual(["play"]);
    store.togglePlay();
    store.togglePlay();
    expect(state.calls).toEqual(["play", "pause", "play"]);
  });

  it("seeks by a delta within [0, duration]", () => {
    const store = createPlayerStore();
    const { adapter, state } = fakeAdapter(3);
    store.attach(adapter);
    store.seekBy(-5);
    store.seekBy(5);
    store.seekBy(5000, 100);
    expect(state.calls).toEqual(["seek(0)", "seek(5)", "seek(100)"]);
  });

  it("detaches: stops listening, forgets the adapter, and an old detach does not drop a newer adapter", () => {
    const store = createPlayerStore();
    const first = fakeAdapter();
    const detachFirst = store.attach(first.adapter);
    const second = fakeAdapter();
    store.attach(second.adapter);
    expect(first.listenerCount()).toBe(0);
    detachFirst();
    expect(store.getSnapshot().adapter).toBe(second.adapter);
    first.fire("play");
    expect(store.getSnapshot().paused).toBe(true);
    expect(first.adapter.destroy).not.toHaveBeenCalled();
  });

  it("swallows a refused play", async () => {
    const store = createPlayerStore();
    const { adapter } = fakeAdapter();
    adapter.play = () => Promise.reject(new Error("NotAllowedError"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    store.attach(adapter);
    store.requestSeek(5, { play: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("unregisters only its own launcher", () => {
    const store = createPlayerStore();
    const a = vi.fn();
    const b = vi.fn();
    const offA = store.setLauncher(a);
    store.setLauncher(b);
    offA();
    store.togglePlay();
    expect(b).toHaveBeenCalled();
    expect(a).not.toHaveBeenCalled();
  });

  describe("a range played with `until` (a clip)", () => {
    it("pauses once playback crosses its end, and plays on past it when asked again", () => {
      const store = createPlayerStore();
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      store.requestSeek(20.5, { play: true, until: 31.75 });
      expect(state.calls).toEqual(["seek(20.5)", "play"]);
      tick(25);
      tick(31.7);
      expect(state.paused).toBe(false);
      tick(31.76);
      expect(state.calls.at(-1)).toBe("pause");
      expect(store.getSnapshot().paused).toBe(true);
      store.togglePlay();
      tick(32.5);
      expect(state.paused).toBe(false);
    });

    it("ends when the reader seeks elsewhere, by the page or by the media's own controls", () => {
      const store = createPlayerStore();
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      store.requestSeek(20, { play: true, until: 30 });
      store.requestSeek(5, { play: true });
      tick(30.1);
      expect(state.paused).toBe(false);
      store.requestSeek(20, { play: true, until: 30 });
      tick(45); // dragged past the end on the media's bar
      tick(20);
      tick(30.1);
      expect(state.paused).toBe(false);
      store.requestSeek(20, { play: true, until: 30 });
      tick(2); // dragged back before the start
      tick(30.1);
      expect(state.paused).toBe(false);
    });

    it("does not pause a player that is already paused at the end, and keeps the range over a pause", () => {
      const store = createPlayerStore();
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      store.requestSeek(20, { play: true, until: 30 });
      tick(25);
      adapter.pause();
      const calls = state.calls.length;
      tick(30.2);
      expect(state.calls.length).toBe(calls);
      store.togglePlay();
      tick(26);
      tick(30.05);
      expect(state.calls.at(-1)).toBe("pause");
    });

    it("applies to a player that attaches later (YouTube created on demand)", () => {
      const store = createPlayerStore();
      store.setLauncher(() => {});
      store.requestSeek(20, { play: true, until: 30 });
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      expect(state.calls).toEqual(["seek(20)", "play"]);
      tick(30.01);
      expect(state.calls.at(-1)).toBe("pause");
    });

    it('with play "if-ready", plays a player that attaches by itself but never creates one', () => {
      const store = createPlayerStore();
      const launcher = vi.fn();
      store.setLauncher(launcher);
      store.requestSeek(20, { play: "if-ready", until: 30 });
      expect(launcher).not.toHaveBeenCalled();
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      expect(state.calls).toEqual(["seek(20)", "play"]);
      tick(30.01);
      expect(state.calls.at(-1)).toBe("pause");
      store.requestSeek(5, { play: "if-ready" });
      expect(state.calls.slice(-2)).toEqual(["seek(5)", "play"]);
    });

    it("ignores an `until` that is not after the start", () => {
      const store = createPlayerStore();
      const { adapter, state, tick } = fakeAdapter();
      store.attach(adapter);
      store.requestSeek(20, { play: true, until: 20 });
      tick(20.5);
      expect(state.paused).toBe(false);
    });
  });
});
