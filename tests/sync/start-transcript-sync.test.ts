// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startTranscriptSync, type TranscriptSync } from "@/lib/sync/start-transcript-sync";
import { parseTimeFromLocation } from "@/lib/links/parse-time-from-location";
import { createPlayerStore } from "@/lib/player/player-store";
import { fakeAdapter } from "../player/fake-media-adapter";
import { TRANSCRIPT_HTML, byId } from "./transcript-fixture";

let sync: TranscriptSync | undefined;
let store: ReturnType<typeof createPlayerStore>;
const events = { follow: [] as boolean[], help: 0, helpOpen: false };
const scrolled: string[] = [];

function start(
  url = "/episodes/ep",
  duration?: number,
  loadWordStarts?: () => Promise<ReadonlyMap<string, string>>,
) {
  window.history.replaceState(null, "", url);
  sync = startTranscriptSync({
    win: window,
    store,
    duration,
    loadWordStarts,
    readDeepLink: async (location) => parseTimeFromLocation(location, duration),
    onFollowChange: (f) => events.follow.push(f),
    onToggleHelp: () => events.help++,
    isHelpOpen: () => events.helpOpen,
  });
}

const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
};
const click = (target: HTMLElement) => {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
  target.dispatchEvent(event);
  return event;
};
const current = () => document.querySelector('[aria-current="true"]')?.id;
/** Lets the asynchronous deep-link read finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = TRANSCRIPT_HTML;
  store = createPlayerStore();
  events.follow = [];
  events.help = 0;
  events.helpOpen = false;
  scrolled.length = 0;
  vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(function (this: HTMLElement) {
    scrolled.push(this.id);
  });
});
afterEach(() => {
  sync?.destroy();
  sync = undefined;
  vi.restoreAllMocks();
});

describe("startTranscriptSync: word starts", () => {
  const activeWord = () => document.querySelector("[data-active]")?.textContent;

  it("loads them once, when playback first has a position, and marks words in place", async () => {
    const { adapter, tick } = fakeAdapter();
    const load = vi.fn(async () => new Map([["s-20", "0 200"]]));
    start("/episodes/ep", undefined, load);
    store.attach(adapter);
    expect(load).not.toHaveBeenCalled(); // reading only: nothing fetched
    adapter.play();
    tick(20.5);
    tick(20.7);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(activeWord()).toBe("Second")); // marked without another tick
    tick(22.5);
    expect(activeWord()).toBe("section.");
  });

  it("keeps following sentences when loading fails", async () => {
    const { adapter, tick } = fakeAdapter();
    const load = vi.fn(async (): Promise<ReadonlyMap<string, string>> => {
      throw new Error("offline");
    });
    start("/episodes/ep", undefined, load);
    store.attach(adapter);
    adapter.play();
    tick(20.5);
    await Promise.resolve();
    tick(30.5);
    expect(current()).toBe("s-30");
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe("startTranscriptSync: highlight and follow", () => {
  it("does not mark anything before playback or a seek", () => {
    const { adapter } = fakeAdapter();
    start();
    store.attach(adapter);
    expect(current()).toBeUndefined();
  });

  it("marks the sentence as playback moves and keeps it in view while playing", () => {
    const { adapter, tick } = fakeAdapter();
    start();
    store.attach(adapter);
    adapter.play();
    tick(10.5);
    expect(current()).toBe("s-10");
    tick(12.5);
    expect(current()).toBe("s-12");
    expect(scrolled).toEqual(["s-10", "s-12"]);
  });

  it("gives the playing sentence the roving tabindex while focus is elsewhere", () => {
    const { adapter, tick } = fakeAdapter();
    start();
    expect(byId("s-10").tabIndex).toBe(0);
    store.attach(adapter);
    adapter.play();
    tick(21);
    expect(byId("s-20").tabIndex).toBe(0);
    expect(byId("s-10").tabIndex).toBe(-1);
    expect(document.querySelectorAll('[data-sentence][tabindex="0"]')).toHaveLength(1);
  });

  it("stops following when the reader scrolls while playing, and comes back to now", () => {
    const { adapter, tick } = fakeAdapter();
    start();
    store.attach(adapter);
    adapter.play();
    tick(10.5);
    window.dispatchEvent(new Event("wheel"));
    expect(events.follow).toEqual([false]);
    tick(12.5);
    expect(scrolled).toEqual(["s-10"]); // not following: no scroll
    sync?.backToNow();
    expect(events.follow).toEqual([false, true]);
    expect(scrolled).toEqual(["s-10", "s-12"]);
    expect(document.activeElement?.id).toBe("s-12");
  });

  it("keeps following when the reader scrolls while paused", () => {
    start();
    window.dispatchEvent(new Event("wheel"));
    key(document.body, "PageDown");
    expect(events.follow).toEqual([]);
  });
});

describe("startTranscriptSync: clicks and keys in the transcript", () => {
  it("plays from a clicked sentence", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    click(byId("s-20"));
    expect(state.calls).toEqual(["seek(20)", "play"]);
    expect(current()).toBe("s-20");
  });

  it("asks for a player when a sentence is clicked before one exists (YouTube not loaded)", () => {
    const launcher = vi.fn();
    store.setLauncher(launcher);
    start();
    click(byId("s-12"));
    expect(launcher).toHaveBeenCalledWith({ play: true });
    expect(store.getSnapshot().pendingTime).toBe(12);
  });

  it("ignores a click that ends a text selection, and clicks on untimed sentences", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    click(byId("u-1"));
    const range = document.createRange();
    range.selectNodeContents(byId("s-20"));
    window.getSelection()?.addRange(range);
    click(byId("s-20"));
    expect(state.calls).toEqual([]);
  });

  it("plays from the focused sentence on Enter and moves between sentences with ↑/↓", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    byId("s-10").focus();
    expect(key(byId("s-10"), "ArrowDown").defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe("s-12");
    expect(byId("s-12").tabIndex).toBe(0);
    expect(byId("s-10").tabIndex).toBe(-1);
    key(byId("s-12"), "ArrowUp");
    expect(document.activeElement?.id).toBe("s-10");
    key(byId("s-10"), "Enter");
    expect(state.calls).toEqual(["seek(10)", "play"]);
  });

  it("seeks and plays from a ?t= timestamp link instead of navigating", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    const link = document.querySelector<HTMLElement>('a[href="?t=10"]') as HTMLElement;
    expect(click(link).defaultPrevented).toBe(true);
    expect(state.calls).toEqual(["seek(10)", "play"]);
  });

  it("lets the browser follow #anchor links while moving playback without playing", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    expect(click(byId("passage")).defaultPrevented).toBe(false);
    expect(state.calls).toEqual(["seek(20)"]);
  });
});

describe("startTranscriptSync: global shortcuts", () => {
  it("plays and pauses with Space, seeks ±5 s with the arrows and by section with Shift", () => {
    const { adapter, state, tick } = fakeAdapter();
    start("/episodes/ep", 35);
    store.attach(adapter);
    expect(key(document.body, " ").defaultPrevented).toBe(true);
    expect(state.paused).toBe(false);
    tick(11);
    key(document.body, "ArrowRight");
    key(document.body, "ArrowLeft");
    key(document.body, "ArrowLeft");
    key(document.body, "ArrowRight", { shiftKey: true });
    key(document.body, "ArrowRight");
    key(document.body, "ArrowRight");
    key(document.body, "ArrowRight");
    expect(state.calls).toEqual([
      "play",
      "seek(16)",
      "seek(11)",
      "seek(6)",
      "seek(10)",
      "seek(15)",
      "seek(20)",
      "seek(25)",
    ]);
    tick(33);
    key(document.body, "ArrowRight"); // clamped to the duration
    key(document.body, "ArrowRight", { shiftKey: true }); // no section after 35 s
    expect(state.calls.slice(8)).toEqual(["seek(35)"]);
  });

  it("leaves keys typed into a field alone", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    const input = document.querySelector("input") as HTMLInputElement;
    expect(key(input, " ").defaultPrevented).toBe(false);
    key(input, "ArrowLeft");
    expect(state.calls).toEqual([]);
  });

  it("focuses the search box with / and toggles help with ?", () => {
    start();
    key(document.body, "/");
    expect(document.activeElement).toBe(document.querySelector("input"));
    key(document.body, "?", { shiftKey: true });
    expect(events.help).toBe(1);
  });

  it("ignores other shortcuts while the help dialog is open", () => {
    const { adapter, state } = fakeAdapter();
    start();
    store.attach(adapter);
    events.helpOpen = true;
    key(document.body, " ");
    key(document.body, "?");
    expect(state.calls).toEqual([]);
    expect(events.help).toBe(1);
  });
});

describe("startTranscriptSync: deep links", () => {
  it("marks and reveals the sentence of ?t= and keeps the time for the player", async () => {
    start("/episodes/ep?t=0:21");
    await settle();
    expect(current()).toBe("s-20");
    expect(scrolled).toEqual(["s-20"]);
    expect(byId("s-20").tabIndex).toBe(0);
    expect(store.getSnapshot()).toMatchObject({ pendingTime: 21, positioned: true, time: 21 });
    const { adapter, state } = fakeAdapter();
    store.attach(adapter);
    expect(state.calls).toEqual(["seek(21)"]);
  });

  it("marks every sentence of a range as quoted", async () => {
    start("/episodes/ep?t=11,21");
    await settle();
    expect(current()).toBe("s-10");
    expect([...document.querySelectorAll("[data-quote]")].map((e) => e.id)).toEqual(["s-10", "s-12", "s-20"]);
  });

  it("reads #t= and follows later #t= changes, ignoring section hashes", async () => {
    start("/episodes/ep#t=12");
    await settle();
    expect(current()).toBe("s-12");
    window.location.hash = "#t=30";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await settle();
    expect(current()).toBe("s-30");
    window.location.hash = "#two";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await settle();
    expect(current()).toBe("s-30");
  });

  it("ignores an invalid or out-of-range time", async () => {
    start("/episodes/ep?t=abc");
    await settle();
    expect(current()).toBeUndefined();
    sync?.destroy();
    start("/episodes/ep?t=100", 40);
    await settle();
    expect(current()).toBeUndefined();
    expect(store.getSnapshot().positioned).toBe(false);
  });
});

describe("startTranscriptSync: a clip page", () => {
  const pageClip = { link: { start: 12, end: 21 }, from: 12, until: 24 };
  const startClip = (url: string) => {
    window.history.replaceState(null, "", url);
    sync = startTranscriptSync({
      win: window,
      store,
      readDeepLink: async (location) => parseTimeFromLocation(location),
      pageClip,
      onFollowChange: () => {},
      onToggleHelp: () => {},
      isHelpOpen: () => false,
    });
  };
  const quoted = () => [...document.querySelectorAll("[data-quote]")].map((e) => e.id);

  it("opens on its clip: marked, in view, asked to play from its start and to stop at its end", async () => {
    // Asked to play, not to create a player: nothing loads from YouTube until the reader presses play.
    const launcher = vi.fn();
    store.setLauncher(launcher);
    startClip("/clips/x");
    await settle();
    expect(launcher).not.toHaveBeenCalled();
    expect(quoted()).toEqual(["s-12", "s-20"]);
    expect(scrolled).toContain("s-12");
    const { adapter, state, tick } = fakeAdapter();
    store.attach(adapter);
    expect(state.calls).toEqual(["seek(12)", "play"]);
    tick(23);
    tick(24.02);
    expect(state.calls.at(-1)).toBe("pause");
  });

  it("follows the address's own link instead, and never returns to the clip on a later hash", async () => {
    startClip("/clips/x?t=30");
    await settle();
    expect(current()).toBe("s-30");
    expect(quoted()).toEqual([]);
    expect(store.getSnapshot().paused).toBe(true);
    sync?.destroy();
    startClip("/clips/x");
    await settle();
    store.requestSeek(30, { play: false });
    window.location.hash = "#two";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    await settle();
    expect(store.getSnapshot().pendingTime).toBe(30);
  });
});

describe("startTranscriptSync: asynchronous deep-link reads", () => {
  it("applies only the latest read when reads finish out of order, and none after destroy", async () => {
    const pending: { hash: string; resolve: (r: { start: number } | undefined) => void }[] = [];
    window.history.replaceState(null, "", "/episodes/ep#t=12");
    sync = startTranscriptSync({
      win: window,
      store,
      readDeepLink: (location) => new Promise((resolve) => pending.push({ hash: location.hash, resolve })),
      onFollowChange: () => {},
      onToggleHelp: () => {},
      isHelpOpen: () => false,
    });
    window.location.hash = "#t=30";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    expect(pending.map((p) => p.hash)).toEqual(["#t=12", "#t=30"]);
    pending[1]?.resolve({ start: 30 });
    pending[0]?.resolve({ start: 12 }); // the older read finishes last
    await settle();
    expect(current()).toBe("s-30");
    window.location.hash = "#t=20";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    sync.destroy();
    pending[2]?.resolve({ start: 20 });
    await settle();
    expect(current()).toBeUndefined();
    sync = undefined;
  });

  it("keeps a time the reader clicked while the page's own link was still being read", async () => {
    const { adapter, state } = fakeAdapter();
    let finishRead: (r: { start: number } | undefined) => void = () => {};
    window.history.replaceState(null, "", "/episodes/ep?t=20");
    sync = startTranscriptSync({
      win: window,
      store,
      readDeepLink: () => new Promise((resolve) => (finishRead = resolve)),
      onFollowChange: () => {},
      onToggleHelp: () => {},
      isHelpOpen: () => false,
    });
    store.attach(adapter);
    click(document.querySelector<HTMLElement>('a[href="?t=10"]') as HTMLElement);
    finishRead({ start: 20 });
    await settle();
    expect(state.calls).toEqual(["seek(10)", "play"]);
    expect(current()).toBe("s-10");
    // A later link (the hash changes) is applied again.
    window.location.hash = "#t=30";
    window.dispatchEvent(new HashChangeEvent("hashchange"));
    finishRead({ start: 30 });
    await settle();
    expect(state.calls.at(-1)).toBe("seek(30)");
  });

  it("opens at the start when the read fails (validator offline)", async () => {
    window.history.replaceState(null, "", "/episodes/ep?t=20");
    sync = startTranscriptSync({
      win: window,
      store,
      readDeepLink: () => Promise.reject(new Error("offline")),
      onFollowChange: () => {},
      onToggleHelp: () => {},
      isHelpOpen: () => false,
    });
    await settle();
    expect(current()).toBeUndefined();
    expect(store.getSnapshot().positioned).toBe(false);
  });
});

describe("startTranscriptSync: destroy", () => {
  it("removes its marks and listeners", async () => {
    const { adapter, state } = fakeAdapter();
    start("/episodes/ep?t=11,21");
    await settle();
    store.attach(adapter);
    sync?.destroy();
    sync = undefined;
    expect(document.querySelectorAll("[aria-current], [data-quote]")).toHaveLength(0);
    click(byId("s-20"));
    key(document.body, " ");
    expect(state.calls).toEqual(["seek(11)"]);
  });
});
