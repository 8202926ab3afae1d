// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { releaseFar, renderAround } from "@/lib/sync/render-around";

const HEIGHT = 300;

/**
 * Layouts a browser would run: a position read after a style change lays the page out first
 * (a forced layout); reads in a row share one. The fake turns below keep this count.
 */
const layout = { dirty: false, forced: 0 };
function countLayouts(turn: HTMLElement, rect: () => DOMRect) {
  const { style } = turn;
  const set = style.setProperty.bind(style);
  const remove = style.removeProperty.bind(style);
  style.setProperty = (...args: Parameters<typeof set>) => ((layout.dirty = true), set(...args));
  style.removeProperty = (name: string) => ((layout.dirty = true), remove(name));
  turn.getBoundingClientRect = () => {
    if (layout.dirty) layout.forced++;
    layout.dirty = false;
    return rect();
  };
}

/** A transcript of `n` turns (a section heading before the fourth), each HEIGHT px tall, turn i at top i × HEIGHT. */
function transcript(n: number): HTMLElement[] {
  const container = document.createElement("div");
  const turns: HTMLElement[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 3) container.append(Object.assign(document.createElement("h2"), { textContent: "Part 2" }));
    const turn = document.createElement("div");
    turn.className = "turn s0";
    turn.innerHTML = `<p><span id="s-${i}" data-sentence>Sentence ${i}.</span></p>`;
    countLayouts(turn, () => ({ top: i * HEIGHT, bottom: (i + 1) * HEIGHT, height: HEIGHT }) as DOMRect);
    turns.push(turn);
    container.append(turn);
  }
  const heading = container.querySelector("h2");
  if (heading)
    heading.getBoundingClientRect = () => ({ top: 3 * HEIGHT, bottom: 3 * HEIGHT, height: 0 }) as DOMRect;
  document.body.append(container);
  return turns;
}

const forcedIndexes = (turns: HTMLElement[]) =>
  turns.flatMap((turn, i) => (turn.style.getPropertyValue("content-visibility") === "visible" ? [i] : []));
const sentence = (i: number) => document.getElementById(`s-${i}`) as Element;

beforeEach(() => {
  Object.defineProperty(window, "innerHeight", { value: 800, configurable: true });
  Object.assign(layout, { dirty: false, forced: 0 });
});
afterEach(() => document.body.replaceChildren());

describe("renderAround (a jump lands among turns that already have their real heights)", () => {
  it("renders the target's turn and 1.5 viewports of turns each way, no more, and counts what it added", () => {
    const turns = transcript(20);
    const forced = new Set<HTMLElement>();
    // 1.5 × 800 = 1200 px: the target's turn and three more each way (4 × 300).
    expect(renderAround(window, sentence(10), forced)).toBe(7);
    expect(forcedIndexes(turns)).toEqual([7, 8, 9, 10, 11, 12, 13]);
    // Near the same place again: only the turns not rendered yet.
    expect(renderAround(window, sentence(11), forced)).toBe(1);
    expect(renderAround(window, sentence(11), forced)).toBe(0);
  });

  it("renders in batches, both ways in the same rounds, then reads: a layout a round, not one a turn", () => {
    const turns = transcript(40);
    // The target's turn (a layout), then the 3 its height says are needed each way (one more).
    // Turn by turn, each of the 7 rendered was read after its change: 7 layouts; each way in
    // batches of its own, 3.
    expect(renderAround(window, sentence(20), new Set())).toBe(7);
    expect(forcedIndexes(turns)).toEqual([17, 18, 19, 20, 21, 22, 23]);
    expect(layout.forced).toBe(2);
    // Turns of other heights: the batches follow the heights read (100 px turns: the target's
    // and 11 each way).
    document.body.replaceChildren();
    const short = Array.from({ length: 40 }, (_, i) => {
      const turn = Object.assign(document.createElement("div"), { className: "turn", id: `t-${i}` });
      countLayouts(turn, () => ({ top: i * 100, bottom: (i + 1) * 100, height: 100 }) as DOMRect);
      return turn;
    });
    document.body.append(...short);
    layout.forced = 0;
    expect(renderAround(window, short[20] as Element, new Set())).toBe(23);
    expect(layout.forced).toBe(2);
  });

  it("goes on one way alone once the other is covered, each turn read once", () => {
    // 100 px turns before the target, 600 px ones from it on; 1.5 viewports = 1200 px a way.
    // Round 1: the target's turn (600 px both ways). Round 2: one more each way (the 600 px
    // forward covers it). Then back alone, by the average height read so far: 2 turns (900 px),
    // 2 (1100), 1 (1200). Five rounds, five layouts; each way apart, six.
    document.body.replaceChildren();
    const reads = new Map<number, number>();
    const turns = Array.from({ length: 40 }, (_, i) => {
      const turn = Object.assign(document.createElement("div"), { className: "turn" });
      const height = i < 20 ? 100 : 600;
      countLayouts(turn, () => {
        reads.set(i, (reads.get(i) ?? 0) + 1);
        return { top: 0, bottom: height, height } as DOMRect;
      });
      return turn;
    });
    document.body.append(...turns);
    expect(renderAround(window, turns[20] as Element, new Set())).toBe(8);
    expect(forcedIndexes(turns)).toEqual([14, 15, 16, 17, 18, 19, 20, 21]);
    // The target's turn is read by both ways; every other turn once.
    expect([...reads].filter(([i, n]) => n !== (i === 20 ? 2 : 1))).toEqual([]);
    expect(layout.forced).toBe(5);
  });

  it("crosses a section heading and stops at the transcript's ends", () => {
    const turns = transcript(20);
    renderAround(window, sentence(4), new Set());
    expect(forcedIndexes(turns)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    document.body.replaceChildren();
    const short = transcript(3);
    renderAround(window, sentence(1), new Set());
    expect(forcedIndexes(short)).toEqual([0, 1, 2]);
  });

  it("does nothing for an element outside a transcript turn", () => {
    const turns = transcript(5);
    const heading = document.createElement("h1");
    document.body.append(heading);
    expect(renderAround(window, heading, new Set())).toBe(0);
    expect(forcedIndexes(turns)).toEqual([]);
  });
});

describe("releaseFar", () => {
  it("hands back to content-visibility: auto only the turns more than a viewport away from it", () => {
    // The viewport is 0–800 px; a viewport's margin each way: -800–1600 px. Turn i spans i × 300.
    const turns = transcript(20);
    turns[12]?.style.setProperty("color", "red");
    const forced = new Set<HTMLElement>();
    renderAround(window, sentence(5), forced); // turns 2–8 (the heading counts no height)
    renderAround(window, sentence(12), forced); // and 9–15
    layout.forced = 0;
    releaseFar(window, forced);
    // Every position is read before any turn is handed back: no layout between (turn by turn,
    // each read after a release was one: 9 of the 10 released).
    expect(layout.forced).toBe(0);
    // Turns up to 5 start above 1600 px: kept; turns from 6 (top 1800) are released.
    expect(forcedIndexes(turns)).toEqual([2, 3, 4, 5]);
    expect(new Set(forced)).toEqual(new Set(turns.slice(2, 6)));
    expect(turns[12]?.style.getPropertyValue("color")).toBe("red");
  });
});
