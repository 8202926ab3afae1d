// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { momentToShare, type MomentToShareInput } from "@/lib/sync/moment-to-share";

/** Passages stacked 100 px apart from y = 0 (the page scrolled by `scroll` px). */
function render(scroll: number) {
  document.body.innerHTML = `
    <section id="transcript">
      <h2>Part one</h2>
      <span data-sentence id="a" data-start="1.808" data-end="2.722">One.</span>
      <span data-sentence id="b" data-start="2.722" data-end="9.162">Two.</span>
      <span data-sentence id="u">Untimed.</span>
      <span data-sentence id="c" data-start="517.722" data-end="524.068">Three.</span>
      <span data-sentence id="d" data-start="524.068">Four.</span>
    </section>`;
  document.querySelectorAll<HTMLElement>("[data-sentence]").forEach((el, i) => {
    const top = i * 100 - scroll;
    el.getBoundingClientRect = () => ({ top, bottom: top + 80 }) as DOMRect;
  });
}

const base = (over: Partial<MomentToShareInput>): MomentToShareInput => ({
  transcript: document.getElementById("transcript"),
  time: 0,
  playing: false,
  positioned: false,
  top: 60,
  bottom: 700,
  ...over,
});

describe("momentToShare", () => {
  beforeEach(() => render(0));

  it("while paused, links to the first passage in view below the sticky player, landing on it", () => {
    render(300); // a: -300, b: -200, u: -100, c: 0 (under the player: ends at 80 > 60), d: 100
    expect(momentToShare(base({ top: 60 }))).toBe(517.8);
    expect(momentToShare(base({ top: 90 }))).toBe(524.1);
    // Paused after playing elsewhere: still the reading position.
    expect(momentToShare(base({ top: 90, positioned: true, time: 2 }))).toBe(524.1);
  });

  it("while paused with the playhead's passage in view, links to the playhead", () => {
    render(300);
    expect(momentToShare(base({ positioned: true, time: 530.04 }))).toBe(530);
    expect(momentToShare(base({ positioned: true, time: 517.74 }))).toBe(517.74);
  });

  it("at the top of the page, before the transcript is in view, links to its first passage", () => {
    render(-1000);
    expect(momentToShare(base({}))).toBe(1.9);
    expect(momentToShare(base({ positioned: true, time: 520.04 }))).toBe(520);
  });

  it("while playing, links to the playhead to a tenth, or to the ms where a tenth opens elsewhere", () => {
    expect(momentToShare(base({ playing: true, positioned: true, time: 530.44 }))).toBe(530.4);
    expect(momentToShare(base({ playing: true, positioned: true, time: 517.74 }))).toBe(517.74);
  });

  it("has no moment without a timed passage or a playhead", () => {
    document.body.innerHTML = `<section id="transcript"><span data-sentence>Untimed.</span></section>`;
    expect(momentToShare(base({}))).toBeUndefined();
    expect(momentToShare(base({ transcript: null }))).toBeUndefined();
    expect(momentToShare(base({ transcript: null, positioned: true, time: 12.34 }))).toBe(12.3);
  });
});
