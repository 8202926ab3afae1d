import { useEffect, useRef, useState, type RefObject } from "react";

/** Narrow screens, where the player (and the search bar in it) scrolls with the page. */
const NARROW = "(width < 64rem)";

/**
 * While `active` on a narrow screen: once the bar's place (`slot`) leaves the top of the viewport
 * the bar should float there. Returns the refs and the bar's height (px) while it floats, which
 * the slot keeps as its height so that nothing below moves; 0 while the bar is in place.
 */
export function useFloatingBar(
  active: boolean,
): [RefObject<HTMLDivElement | null>, RefObject<HTMLDivElement | null>, number] {
  const slot = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const place = slot.current;
    if (!active || !place || typeof IntersectionObserver === "undefined") return;
    const narrow = window.matchMedia(NARROW);
    let above = false;
    // The height in place, measured before the bar floats (it is padded once it floats).
    const update = () =>
      setHeight((kept) => (above && narrow.matches ? kept || (bar.current?.offsetHeight ?? 0) : 0));
    const observer = new IntersectionObserver(([entry]) => {
      above = !!entry && !entry.isIntersecting && entry.boundingClientRect.top < 0;
      update();
    });
    observer.observe(place);
    narrow.addEventListener("change", update);
    return () => {
      observer.disconnect();
      narrow.removeEventListener("change", update);
      setHeight(0);
    };
  }, [active]);
  return [slot, bar, height];
}
