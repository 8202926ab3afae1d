import { describeKeyTarget } from "./keyboard-shortcuts";
import { isOutsideBand } from "./is-outside-band";
import { releaseFar, renderAround } from "./render-around";

/**
 * Follow mode keeps the current sentence in view while playing. Any scroll by the reader while
 * playing (wheel, touch, a scroll key, or a scroll event that is not one of ours) stops it;
 * `resume()` starts it again. Our own scrolls are told apart by a time window opened by
 * `reveal()` / `expectScroll()` and closed early by `scrollend` or a pointer.
 */
export interface FollowMode {
  readonly following: boolean;
  /**
   * Scrolls `element` to the middle of the viewport (smoothly unless the reader prefers reduced
   * motion, or `instant`), when it is outside the comfortable band of the viewport or `force`.
   */
  reveal(element: Element, options?: { force?: boolean; instant?: boolean }): void;
  /** Treats the scrolls of the next moment as ours (a jump to an anchor the page started). */
  expectScroll(): void;
  resume(): void;
  stop(): void;
  destroy(): void;
}

export interface FollowModeOptions {
  win: Window;
  /** Reader scrolls only stop following while this answers true (playback is running). */
  isPlaying: () => boolean;
  onChange: (following: boolean) => void;
  /** The longest an own smooth scroll may take (ms); ownScrollLimitMs by default. */
  settleMs?: number;
}

/**
 * How long the scroll events after an own smooth scroll are taken for ours, unless the reader's
 * input comes first. Where the browser says when a scroll ends (`scrollend`), until then, with 4 s
 * as a safety net: a long jump on a slow phone or a busy machine takes over a second, and its last
 * scroll events stopped following for a reader who had touched nothing. Elsewhere, a second.
 */
export function ownScrollLimitMs(win: object): number {
  return "onscrollend" in win ? 4000 : 1000;
}

const SCROLL_KEYS = new Set(["PageUp", "PageDown", "Home", "End", "ArrowUp", "ArrowDown", " ", "Spacebar"]);

/** Whether a keydown would scroll the page (it reached the window and nothing handled it). */
export function isScrollKey(event: KeyboardEvent): boolean {
  if (
    event.defaultPrevented ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey ||
    !SCROLL_KEYS.has(event.key)
  ) {
    return false;
  }
  const target = describeKeyTarget(event.target);
  if (target.typing) return false;
  if ((event.key === " " || event.key === "Spacebar") && target.usesSpace) return false;
  return !(event.key.startsWith("Arrow") && target.usesArrows);
}

/**
 * Turns far from the viewport are not rendered (content-visibility) and count at an estimated
 * height: once a jump brings them into view they take their real one, and the element revealed
 * may move away (the page may also still be settling its layout). So for about two seconds after
 * a reveal (checked every other frame; a smooth scroll is let finish first) the element is
 * scrolled back whenever it has left the band, unless the reader scrolls themselves.
 */
function createSettler(win: Window, onOwnScroll: () => void) {
  const CHECKS = 60;
  let settling: { element: Element; checks: number; smooth: boolean } | undefined;
  const forced = new Set<HTMLElement>();
  let running = false;
  const nextFrame = (then: () => void) => win.requestAnimationFrame?.(() => win.requestAnimationFrame(then));
  const check = () => {
    const target = settling;
    running = target !== undefined && target.checks < CHECKS;
    if (!target || !running) {
      settling = undefined;
      return releaseFar(win, forced);
    }
    target.checks++;
    // A smooth scroll is left to finish: the element is put back only after its end.
    if (!target.smooth && isOutsideBand(win, target.element)) {
      onOwnScroll();
      target.element.scrollIntoView({ block: "center", behavior: "auto" });
    }
    nextFrame(check);
  };
  const start = () => !running && ((running = true), nextFrame(check));
  const drop = () => void (settling = undefined);
  // Any input means the reader has moved on (typing a search, a link, the scrollbar, a wheel):
  // the settling must not pull the page back. Captured, so it runs before a shortcut that reveals.
  for (const type of PRESSES) win.addEventListener(type, drop, { capture: true, passive: true });
  return {
    reveal(element: Element, smooth: boolean) {
      const scroll = () => element.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      // Turns rendered for the jump take their heights in a frame of their own, off screen; the
      // jump comes in a later one, where nothing moves (see render-around.ts).
      releaseFar(win, forced);
      const waited = renderAround(win, element, forced) > 0 && nextFrame(scroll) !== undefined;
      if (!waited) scroll();
      settling = { element, checks: 0, smooth };
      start();
    },
    scrollEnded() {
      if (settling) settling.smooth = false;
    },

    destroy() {
      for (const type of PRESSES) win.removeEventListener(type, drop, { capture: true });
      drop();
    },
  };
}

/**
 * A press on the page's scrollbar (right of its width): the scrolls that follow are the reader's.
 * Not any press: a click on Play during the landing's own scroll would stop following.
 */
const isOnScrollbar = (win: Window, event: PointerEvent) =>
  event.clientX >= win.document.documentElement.clientWidth;

// The reader's own input (not scroll events: the browser's own adjustments make those too).
const PRESSES = ["pointerdown", "keydown", "wheel", "touchmove"] as const;

/** Starts listening for reader scrolls on `win`; `destroy()` stops. Follows from the start. */
export function createFollowMode({
  win,
  isPlaying,
  onChange,
  settleMs = ownScrollLimitMs(win),
}: FollowModeOptions): FollowMode {
  let following = true;
  let ownUntil = 0;
  let lastY = win.scrollY;
  const now = () => win.performance.now();
  const set = (next: boolean) => {
    if (next === following) return;
    following = next;
    onChange(next);
  };
  const settler = createSettler(win, () => (ownUntil = now() + 150));
  const readerScrolled = () => void (isPlaying() && set(false));
  const onScroll = () => {
    const y = win.scrollY;
    const moved = Math.abs(y - lastY) > 2;
    lastY = y;
    if (moved && now() > ownUntil) readerScrolled();
  };
  const endOwnScroll = () => void (ownUntil = Math.min(ownUntil, now()));
  const onScrollEnd = () => {
    endOwnScroll();
    lastY = win.scrollY;
    settler.scrollEnded();
  };
  const listeners: [string, EventListener][] = [
    ["pointerdown", ((event: PointerEvent) => isOnScrollbar(win, event) && endOwnScroll()) as EventListener],
    ["wheel", readerScrolled],
    ["touchmove", readerScrolled],
    ["scroll", onScroll],
    ["scrollend", onScrollEnd],
    ["keydown", ((event: KeyboardEvent) => isScrollKey(event) && readerScrolled()) as EventListener],
  ];
  for (const [type, listener] of listeners) win.addEventListener(type, listener, { passive: true });

  return {
    get following() {
      return following;
    },
    reveal(element, { force = false, instant = false } = {}) {
      if (!force && !isOutsideBand(win, element)) return;
      const reduced = win.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
      const smooth = !instant && !reduced;
      ownUntil = now() + (smooth ? settleMs : 150);
      settler.reveal(element, smooth);
    },
    expectScroll() {
      ownUntil = now() + 300;
    },
    resume: () => set(true),
    stop: () => set(false),
    destroy() {
      for (const [type, listener] of listeners) win.removeEventListener(type, listener);
      settler.destroy();
    },
  };
}
