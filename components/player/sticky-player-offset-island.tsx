"use client";

import { useEffect, useRef } from "react";

/**
 * Keeps `--sticky-top` on the page root equal to the height of the player around it while that
 * player sticks to the top (wide screens), and 0 while it scrolls with the page: anchors, the
 * side column and search hits then land below the player rather than under it. Renders a
 * zero-size marker to find its player; the CSS gives an estimate until this runs.
 */
export function StickyPlayerOffsetIsland() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const player = marker.current?.closest<HTMLElement>("[data-player-root]");
    if (!player) return;
    const root = document.documentElement;
    const update = () => {
      const sticky = getComputedStyle(player).position === "sticky";
      root.style.setProperty("--sticky-top", `${sticky ? Math.ceil(player.offsetHeight) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(player);
    // Crossing the wide-screen breakpoint turns stickiness on or off without a resize of the player.
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
      root.style.removeProperty("--sticky-top");
    };
  }, []);
  return <span ref={marker} hidden />;
}
