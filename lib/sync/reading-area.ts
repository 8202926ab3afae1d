/**
 * The part of the window the reader reads in (viewport px): below the sticky player
 * (`--sticky-top`, kept by StickyPlayerOffsetIsland) down to the window's bottom.
 */
export function readingArea(): { top: number; bottom: number } {
  const top = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--sticky-top")) || 0;
  return { top, bottom: window.innerHeight };
}
