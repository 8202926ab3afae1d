import { describe, expect, it, vi, afterEach } from "vitest";
import { createMessageStore, MESSAGE_MS } from "@/lib/messages/message-store";

afterEach(() => vi.useRealTimers());

describe("createMessageStore", () => {
  it("shows a message and takes it away by itself after its time", () => {
    vi.useFakeTimers();
    const store = createMessageStore();
    const seen: (string | undefined)[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()?.text));
    store.show("Link copied");
    expect(store.getSnapshot()?.text).toBe("Link copied");
    vi.advanceTimersByTime(MESSAGE_MS - 1);
    expect(store.getSnapshot()?.text).toBe("Link copied");
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot()).toBeNull();
    expect(seen).toEqual(["Link copied", undefined]);
  });

  it("a new message replaces the old one and gets its full time", () => {
    vi.useFakeTimers();
    const store = createMessageStore();
    store.show("First", 1000);
    vi.advanceTimersByTime(900);
    store.show("Second", 1000);
    vi.advanceTimersByTime(900);
    expect(store.getSnapshot()?.text).toBe("Second");
    vi.advanceTimersByTime(100);
    expect(store.getSnapshot()).toBeNull();
  });

  it("the same text shown twice is a new message (announced again)", () => {
    const store = createMessageStore();
    store.show("Link copied");
    const first = store.getSnapshot()?.id;
    store.show("Link copied");
    expect(store.getSnapshot()?.id).not.toBe(first);
    store.dismiss();
  });

  it("dismiss clears at once; an unsubscribed listener hears nothing more", () => {
    const store = createMessageStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.show("Quote and link copied");
    unsubscribe();
    store.dismiss();
    expect(store.getSnapshot()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
