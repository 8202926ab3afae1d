/**
 * Whether the browser is not rendering `element` (its turn is far from the viewport:
 * `content-visibility: auto`), asked without a layout. Reading the position of such an element
 * lays its turn out first, for that read alone: at a jump into the three-hour bench episode, a
 * second forced layout in the frame (2.4–2.8 ms, traced) for an answer known beforehand.
 */
const isSkipped = (element: Element) =>
  typeof element.checkVisibility === "function" && !element.checkVisibility({ contentVisibilityAuto: true });

/** Whether `element` is outside the comfortable band of the viewport: below the sticky player, above the bottom 15 %. */
export function isOutsideBand(win: Window, element: Element): boolean {
  if (isSkipped(element)) return true;
  // The sticky player covers the top of the viewport.
  const playerBottom = win.document.querySelector("[data-player-root]")?.getBoundingClientRect().bottom ?? 0;
  const bandTop = Math.max(0, Math.min(playerBottom, win.innerHeight * 0.6)) + 8;
  const rect = element.getBoundingClientRect();
  return rect.top < bandTop || rect.bottom > win.innerHeight * 0.85;
}
