// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { createSeekLinkHandler } from "@/lib/sync/seek-links";

let seeks: string[] = [];
let expected = 0;
const handle = createSeekLinkHandler({
  expectScroll: () => expected++,
  seekTo: (t, play, reveal, until) =>
    seeks.push(
      `${t} ${play ? "play" : "pause"}${reveal === false ? " stay" : ""}${until === undefined ? "" : ` until ${until}`}`,
    ),
});

/** Clicks the element (or the span inside it) with `init`; returns the event. */
function click(element: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init });
  element.dispatchEvent(event);
  return event;
}

beforeEach(() => {
  seeks = [];
  expected = 0;
  document.body.innerHTML = `
    <a id="moment" href="?t=12.5" data-seek="12.5"><span id="inner">12:30</span></a>
    <a id="anchor" href="#section-2" data-seek="80">Section 2</a>
    <a id="untimed" href="?t=x" data-seek="soon">later</a>
    <a id="plain" href="/elsewhere">elsewhere</a>
    <a id="clip" href="/clips/abc" data-seek="20.5" data-seek-end="31.75">A clip</a>
    <button id="play-clip" type="button" data-seek="20.5" data-seek-end="31.75">Play clip</button>
    <a id="bad-end" href="/clips/abc" data-seek="20.5" data-seek-end="10">Backwards</a>`;
  document.addEventListener("click", handle);
  return () => document.removeEventListener("click", handle);
});

describe("createSeekLinkHandler", () => {
  it("plays from a timestamp link, clicked anywhere inside it, instead of navigating", () => {
    expect(click(document.getElementById("inner") as Element).defaultPrevented).toBe(true);
    expect(seeks).toEqual(["12.5 play"]);
  });

  it("plays a clip's link or button from its start and stops at its end, instead of navigating", () => {
    expect(click(document.getElementById("clip") as Element).defaultPrevented).toBe(true);
    click(document.getElementById("play-clip") as Element);
    expect(seeks).toEqual(["20.5 play until 31.75", "20.5 play until 31.75"]);
  });

  it("plays on without a stop when the clip's end is not after its start", () => {
    click(document.getElementById("bad-end") as Element);
    expect(seeks).toEqual(["20.5 play"]);
  });

  it("lets the browser jump to an #anchor link and moves playback there paused, the scroll being ours", () => {
    expect(click(document.getElementById("anchor") as Element).defaultPrevented).toBe(false);
    expect(seeks).toEqual(["80 pause stay"]);
    expect(expected).toBe(1);
  });

  it("leaves modified, non-primary and already handled clicks to the browser", () => {
    const moment = document.getElementById("moment") as Element;
    for (const init of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
    ])
      expect(click(moment, init).defaultPrevented, JSON.stringify(init)).toBe(false);
    moment.addEventListener("click", (event) => event.preventDefault(), { once: true });
    click(moment);
    expect(seeks).toEqual([]);
  });

  it("ignores links without a readable time and links that are not seek links", () => {
    expect(click(document.getElementById("untimed") as Element).defaultPrevented).toBe(false);
    expect(click(document.getElementById("plain") as Element).defaultPrevented).toBe(false);
    expect(seeks).toEqual([]);
  });
});
