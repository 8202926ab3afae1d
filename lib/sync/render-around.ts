/** How far each way from a jump's target the turns are rendered first, in viewport heights. */
export const RENDER_AROUND_VIEWPORTS = 1.5;

const hasStyle = (node: Element): node is HTMLElement => "style" in node;

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
 */
export function renderAround(win: Window, element: Element, forced: Set<HTMLElement>): number {
  const turn = element.closest(".turn");
  if (!turn) return 0;
  const reach = win.innerHeight * RENDER_AROUND_VIEWPORTS;
  const before = forced.size;
  for (const step of ["previousElementSibling", "nextElementSibling"] as const) {
    let covered = 0;
    for (let node: Element | null = turn; node && covered < reach; node = node[step]) {
      if (hasStyle(node) && node.classList.contains("turn") && !forced.has(node)) {
        node.style.setProperty("content-visibility", "visible");
        forced.add(node);
      }
      // Read after the change: the real height of a turn that was not rendered.
      covered += node.getBoundingClientRect().height;
    }
  }
  return forced.size - before;
}

/**
 * Hands the forced turns that are now more than a viewport away from the viewport back to
 * `content-visibility: auto` (they keep the height they were rendered at: `contain-intrinsic-size:
 * auto`). Those near it stay rendered: handed back in view, a turn is not rendered for a frame,
 * and its text would flash and count as a layout shift.
 */
export function releaseFar(win: Window, forced: Set<HTMLElement>): void {
  const margin = win.innerHeight;
  for (const node of forced) {
    const rect = node.getBoundingClientRect();
    if (rect.bottom >= -margin && rect.top <= win.innerHeight + margin) continue;
    node.style.removeProperty("content-visibility");
    forced.delete(node);
  }
}
