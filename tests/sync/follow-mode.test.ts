// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFollowMode, isScrollKey, ownScrollLimitMs, type FollowMode } from "@/lib/sync/follow-mode";

let clock = 0;
let playing = true;
let changes: boolean[] = [];
let follow: FollowMode;
const scrollTo = (y: number) => {
  Object.defineProperty(window, "scrollY", { value: y, configurable: true });
  window.dispatchEvent(new Event("scroll"));
};
const rectAt = (top: number, height = 20) =>
  ({
    top,
    bottom: top + height,
    left: 0,
    right: 100,
    width: 100,
    height,
    x: 0,
    y: top,
    toJSON() {},
  }) as DOMRect;

beforeEach(() => {
  clock = 1000;
  playing = true;
  changes = [];
  vi.spyOn(window.performance, "now").mockImplementation(() => clock);
  Object.defineProperty(window, "innerHeight", { value: 1000, configurable: true });
  scrollTo(0);
  document.body.innerHTML = `<div data-player-root style="position:sticky"></div><p id="s">Sentence.</p><button>b</button><input>`;
  follow = createFollowMode({ win: window, isPlaying: () => playing, onChange: (f) => changes.push(f) });
});
afterEach(() => {
  follow.destroy();
  vi.restoreAllMocks();
});

const sentence = () => document.getElementById("s") as HTMLElement;

describe("createFollowMode: reader scrolls", () => {
  it.each(["wheel", "touchmove"])("stops following on %s while playing", (type) => {
    window.dispatchEvent(new Event(type));
    expect(follow.following).toBe(false);
    expect(changes).toEqual([false]);
  });

  it("stops on a scroll event that is not ours", () => {
    scrollTo(400);
    expect(changes).toEqual([false]);
  });

  it("ignores tiny scroll jitters", () => {
    scrollTo(2);
    expect(changes).toEqual([]);
  });

  it("keeps following while paused", () => {
    playing = false;
    window.dispatchEvent(new Event("wheel"));
    scrollTo(500);
    expect(follow.following).toBe(true);
  });

  it("resumes once and reports each change once", () => {
    follow.stop();
    follow.stop();
    follow.resume();
    expect(changes).toEqual([false, true]);
  });
});

describe("createFollowMode: own scrolls", () => {
  beforeEach(() => {
    vi.spyOn(sentence(), "getBoundingClientRect").mockReturnValue(rectAt(2000));
  });

  it("scrolls an out-of-view sentence to the centre, smoothly, and ignores the scroll events it causes", () => {
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    follow.reveal(sentence());
    expect(spy).toHaveBeenCalledWith({ block: "center", behavior: "smooth" });
    clock += 500;
    scrollTo(1500);
    // A slow smooth scroll (a long jump, a busy phone) is still ours after a second and more.
    clock += 2500;
    scrollTo(1200);
    expect(changes).toEqual([]);
    clock += 1100; // past the safety net: a scroll now is the reader's
    scrollTo(1100);
    expect(changes).toEqual([false]);
  });

  it("takes a scroll after a press on the scrollbar for the reader's, even during an own scroll", () => {
    vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    Object.defineProperty(document.documentElement, "clientWidth", { value: 1000, configurable: true });
    const press = (clientX: number) => window.dispatchEvent(new MouseEvent("pointerdown", { clientX }));
    follow.reveal(sentence());
    clock += 300;
    scrollTo(1500);
    press(500); // Play, say: our scroll goes on
    clock += 16;
    scrollTo(1450);
    expect(changes).toEqual([]);
    press(1005); // the scrollbar, right of the page's width
    clock += 16;
    scrollTo(1400);
    expect(changes).toEqual([false]);
  });

  it("waits for scrollend where the browser has it, a second elsewhere", () => {
    expect(ownScrollLimitMs({ onscrollend: null })).toBe(4000);
    expect(ownScrollLimitMs({})).toBe(1000);
  });

  it("closes the window at scrollend", () => {
    const rect = vi.spyOn(sentence(), "getBoundingClientRect");
    // The scroll brings the sentence to the centre.
    vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => rect.mockReturnValue(rectAt(500)));
    follow.reveal(sentence());
    scrollTo(1500);
    window.dispatchEvent(new Event("scrollend"));
    clock += 1;
    scrollTo(1300);
    expect(changes).toEqual([false]);
  });

  it("scrolls again when turns that came into view took their real height and moved the sentence away", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((f) => frames.push(f));
    const runFrames = () => frames.splice(0).forEach((f) => f(0));
    const rect = vi.spyOn(sentence(), "getBoundingClientRect");
    const spy = vi
      .spyOn(sentence(), "scrollIntoView")
      .mockImplementation(() => rect.mockReturnValue(rectAt(500)));
    follow.reveal(sentence(), { instant: true });
    rect.mockReturnValue(rectAt(1400)); // the turns above it rendered taller than estimated
    runFrames();
    runFrames();
    expect(spy).toHaveBeenCalledTimes(2);
    runFrames();
    runFrames(); // now it stays in view: no further scroll
    expect(spy).toHaveBeenCalledTimes(2);
    expect(changes).toEqual([]);

    // A smooth scroll is let finish, then checked; the reader's own scroll ends the checks.
    follow.reveal(sentence(), { force: true });
    rect.mockReturnValue(rectAt(1400));
    runFrames();
    runFrames();
    expect(spy).toHaveBeenCalledTimes(3);
    window.dispatchEvent(new Event("scrollend"));
    runFrames();
    runFrames();
    expect(spy).toHaveBeenCalledTimes(4);
    follow.reveal(sentence(), { force: true });
    rect.mockReturnValue(rectAt(1400));
    window.dispatchEvent(new Event("wheel"));
    window.dispatchEvent(new Event("scrollend"));
    for (let i = 0; i < 4; i++) runFrames();
    expect(spy).toHaveBeenCalledTimes(5);
  });

  it("stops putting the sentence back once the reader presses a key or a pointer, or the page stops following", () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((f) => frames.push(f));
    const runFrames = () => frames.splice(0).forEach((f) => f(0));
    const rect = vi.spyOn(sentence(), "getBoundingClientRect");
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    for (const press of [
      () => window.dispatchEvent(new KeyboardEvent("keydown", { key: "a" })), // typing a search
      () => window.dispatchEvent(new Event("pointerdown")), // a link, the scrollbar
      () => follow.destroy(),
    ]) {
      spy.mockClear();
      follow.reveal(sentence(), { instant: true });
      rect.mockReturnValue(rectAt(1400)); // moved away by turns rendering…
      press(); // …but the reader has moved on
      for (let i = 0; i < 4; i++) runFrames();
      expect(spy).toHaveBeenCalledTimes(1);
    }
  });

  it("jumps without animation for reduced motion or `instant`", () => {
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    follow.reveal(sentence(), { instant: true });
    expect(spy).toHaveBeenLastCalledWith({ block: "center", behavior: "auto" });
    vi.spyOn(window, "matchMedia").mockReturnValue({ matches: true } as MediaQueryList);
    follow.reveal(sentence());
    expect(spy).toHaveBeenLastCalledWith({ block: "center", behavior: "auto" });
  });

  it("leaves a sentence alone that is comfortably in view, unless forced", () => {
    vi.spyOn(sentence(), "getBoundingClientRect").mockReturnValue(rectAt(400));
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    follow.reveal(sentence());
    expect(spy).not.toHaveBeenCalled();
    follow.reveal(sentence(), { force: true });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("takes a sentence the browser is not rendering (content-visibility) for out of view, without reading a position", () => {
    const rect = vi.spyOn(sentence(), "getBoundingClientRect").mockReturnValue(rectAt(400));
    const root = vi.spyOn(
      document.querySelector("[data-player-root]") as HTMLElement,
      "getBoundingClientRect",
    );
    const visibility = vi.spyOn(sentence(), "checkVisibility").mockReturnValue(false);
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    follow.reveal(sentence());
    expect(visibility).toHaveBeenCalledWith({ contentVisibilityAuto: true });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(rect).not.toHaveBeenCalled();
    expect(root).not.toHaveBeenCalled();
    // Rendered (and at 400 px, comfortably in view): its position decides, as before.
    visibility.mockReturnValue(true);
    follow.reveal(sentence());
    expect(rect).toHaveBeenCalled();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("counts the sticky player as out of view", () => {
    const root = document.querySelector("[data-player-root]") as HTMLElement;
    vi.spyOn(root, "getBoundingClientRect").mockReturnValue(rectAt(0, 300));
    vi.spyOn(sentence(), "getBoundingClientRect").mockReturnValue(rectAt(250));
    const spy = vi.spyOn(sentence(), "scrollIntoView").mockImplementation(() => {});
    follow.reveal(sentence());
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("treats the scrolls just after expectScroll() as ours", () => {
    follow.expectScroll();
    scrollTo(900);
    expect(changes).toEqual([]);
  });
});

describe("isScrollKey", () => {
  const keydown = (target: Element, key: string, init: KeyboardEventInit = {}) => {
    let result: boolean | undefined;
    const listener = (event: Event) => (result = isScrollKey(event as KeyboardEvent));
    window.addEventListener("keydown", listener);
    target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
    window.removeEventListener("keydown", listener);
    return result;
  };

  it.each(["PageUp", "PageDown", "Home", "End", "ArrowUp", "ArrowDown", " "])(
    "%j on the page scrolls",
    (key) => {
      expect(keydown(document.body, key)).toBe(true);
    },
  );

  it("does not count keys typed into a field, Space on a button, modified or handled keys", () => {
    const input = document.querySelector("input") as HTMLElement;
    const button = document.querySelector("button") as HTMLElement;
    expect(keydown(input, "PageDown")).toBe(false);
    expect(keydown(button, " ")).toBe(false);
    expect(keydown(button, "PageDown")).toBe(true);
    expect(keydown(document.body, "ArrowDown", { ctrlKey: true })).toBe(false);
    expect(keydown(document.body, "ArrowLeft")).toBe(false);
    const prevented = (event: Event) => event.preventDefault();
    document.body.addEventListener("keydown", prevented);
    expect(keydown(document.body, "PageDown")).toBe(false);
    document.body.removeEventListener("keydown", prevented);
  });

  it("stops following on a scroll key while playing", () => {
    keydown(document.body, "End");
    expect(changes).toEqual([false]);
  });
});

describe("createFollowMode: a jump renders the turns around its target first", () => {
  it("renders the target's turn, jumps a frame later, and hands the turn back once settled far away", () => {
    document.body.innerHTML = `<div data-player-root></div><div class="turn"><p><span id="far">Far.</span></p></div>`;
    const far = document.getElementById("far") as HTMLElement;
    const turn = far.closest(".turn") as HTMLElement;
    vi.spyOn(turn, "getBoundingClientRect").mockReturnValue(rectAt(5000, 300));
    vi.spyOn(far, "getBoundingClientRect").mockReturnValue(rectAt(5000));
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((f) => frames.push(f));
    const runFrames = () => frames.splice(0).forEach((f) => f(0));
    const visibleAtScroll: string[] = [];
    vi.spyOn(far, "scrollIntoView").mockImplementation(() => {
      visibleAtScroll.push(turn.style.getPropertyValue("content-visibility"));
    });

    follow.reveal(far, { instant: true });
    // The turn takes its height in this frame; the jump is made in a later one.
    expect(turn.style.getPropertyValue("content-visibility")).toBe("visible");
    expect(visibleAtScroll).toEqual([]);
    runFrames();
    runFrames();
    expect(visibleAtScroll[0]).toBe("visible");
    for (let i = 0; i < 200 && frames.length > 0; i++) runFrames();
    // Settled, and still 5000 px away: handed back.
    expect(turn.style.getPropertyValue("content-visibility")).toBe("");

    // Near the viewport it stays rendered (handed back in view, it would flash).
    vi.spyOn(turn, "getBoundingClientRect").mockReturnValue(rectAt(200, 300));
    follow.reveal(far, { instant: true, force: true });
    window.dispatchEvent(new Event("pointerdown"));
    for (let i = 0; i < 200 && frames.length > 0; i++) runFrames();
    expect(turn.style.getPropertyValue("content-visibility")).toBe("visible");
  });
});
