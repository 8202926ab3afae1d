/** How far each way from a jump's target the turns are rendered first, in viewport heights. */
export const RENDER_AROUND_VIEWPORTS = 1.5;

const hasStyle = (node: Element): node is HTMLElement => "style" in node;
const isTurn = (node: Element) => node.classList.contains("turn");

type Step = "previousElementSibling" | "nextElementSibling";

/**
 * The siblings from `start` on (`step` ways) holding `turns` transcript turns, and the nodes
 * between them (a section heading); the end of the transcript stops it early. `found`: the
 * turns among them.
 */
function takeTurns(
  start: Element | null,
  step: Step,
  turns: number,
): { nodes: Element[]; found: number; next: Element | null } {
  const nodes: Element[] = [];
  let node = start;
  let found = 0;
  for (; node && found < turns; node = node[step]) {
    nodes.push(node);
    if (isTurn(node)) found++;
  }
  return { nodes, found, next: node };
}

/** One way of a renderAround: where it goes on, and how much of it is rendered and read so far. */
interface Way {
  step: Step;
  node: Element | null;
  covered: number;
  counted: number;
}

/**
 * Renders the transcript turns around `element` before the page jumps to it; adds each turn it
 * renders to `forced` and returns how many it added.
 *
 * Turns far from the viewport are not rendered (`content-visibility: auto`) and count at an
 * estimated height. A jump far down the page used to land among such turns, which then took
 * their real heights in view: the text jumped under the reader's eyes (a layout shift of 0.1–0.25
 * on a clip page) and the target moved away until it was scrolled back. With the turns around
 * the target rendered first (1.5 viewports each way, more than the browser's own margin), and
 * the jump made a frame later (see follow-mode.ts), the turns that come into view already have
 * their real heights. Outside a transcript turn it does nothing.
 *
 * A turn's real height is known only once it is rendered, and reading it lays the page out.
 * Rendering one turn and reading it, turn by turn, laid a three-hour transcript out again for
 * every turn (21–37 layouts in one frame, a 53–96 ms task during playback). So the turns go in
 * batches: as many as the heights read so far say are still needed, all rendered, then all
 * read. Both ways take their batches in the same rounds, so one layout serves both. Traced on
 * the three-hour bench episode, the frame of a jump to its middle laid the page out 8 times when
 * each way had rounds of its own, now 6; a reveal during playback 6–7 times, now 4–5 (1–2.5 ms
 * each), and its script took 10.3–11.9 ms, now 7.8–8.8.
 */
export function renderAround(win: Window, element: Element, forced: Set<HTMLElement>): number {
  const turn = element.closest(".turn");
  if (!turn) return 0;
  const reach = win.innerHeight * RENDER_AROUND_VIEWPORTS;
  const before = forced.size;
  const ways: Way[] = (["previousElementSibling", "nextElementSibling"] as const).map((step) => ({
    step,
    node: turn,
    covered: 0,
    counted: 0,
  }));
  for (let open = ways; open.length > 0; open = open.filter((w) => w.node && w.covered < reach)) {
    const round = open.map((way) => {
      const { covered, counted } = way;
      const wanted = counted === 0 || covered === 0 ? 1 : Math.ceil(((reach - covered) * counted) / covered);
      const batch = takeTurns(way.node, way.step, wanted);
      for (const n of batch.nodes)
        if (hasStyle(n) && isTurn(n) && !forced.has(n)) {
          n.style.setProperty("content-visibility", "visible");
          forced.add(n);
        }
      return { way, batch };
    });
    // Read after every change of the round: the real heights of the turns that were not rendered.
    for (const { way, batch } of round) {
      for (const n of batch.nodes) way.covered += n.getBoundingClientRect().height;
      way.counted += batch.found;
      way.node = batch.next;
    }
  }
  return forced.size - before;
}

/**
 * Hands the forced turns that are now more than a viewport away from the viewport back to
 * `content-visibility: auto` (they keep the height they were rendered at: `contain-intrinsic-size:
 * auto`). Those near it stay rendered: handed back in view, a turn is not rendered for a frame,
 * and its text would flash and count as a layout shift. Every position is read before any turn
 * is handed back: a read after a change lays the page out again.
 */
export function releaseFar(win: Window, forced: Set<HTMLElement>): void {
  const margin = win.innerHeight;
  const far = [...forced].filter((node) => {
    const rect = node.getBoundingClientRect();
    return rect.bottom < -margin || rect.top > win.innerHeight + margin;
  });
  for (const node of far) {
    node.style.removeProperty("content-visibility");
    forced.delete(node);
  }
}
