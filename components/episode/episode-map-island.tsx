"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { playerStore } from "@/lib/player/player-store";
import { formatClock } from "@/lib/time/format-time";

interface Props {
  /** Seconds. */
  duration: number;
  sections: { title: string; start: number }[];
  children: ReactNode;
}

/** "8:36, Section title" for a time (s). */
function describeTime(sections: Props["sections"], t: number): string {
  let title: string | undefined;
  for (const s of sections) if (s.start <= t) title = s.title;
  return title ? `${formatClock(t)}, ${title}` : formatClock(t);
}

/** The episode map's interactive layer: playhead, hover/focus read-out, click or drag to seek. */
export function EpisodeMapIsland({ duration, sections, children }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLSpanElement>(null);
  const [hover, setHover] = useState<number | undefined>(undefined);
  const [focusTime, setFocusTime] = useState(0);
  const [focused, setFocused] = useState(false);

  // The playhead moves by direct style writes: no React render per tick.
  useEffect(() => {
    const paint = () => {
      const { time } = playerStore.getSnapshot();
      if (head.current) head.current.style.left = `${Math.min(100, Math.max(0, (time / duration) * 100))}%`;
      if (bar.current) {
        bar.current.setAttribute("aria-valuenow", String(Math.round(time)));
        bar.current.setAttribute("aria-valuetext", describeTime(sections, time));
      }
    };
    paint();
    return playerStore.subscribe(paint);
  }, [duration, sections]);

  const timeAt = (clientX: number) => {
    const rect = bar.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    return Math.min(duration, Math.max(0, ((clientX - rect.left) / rect.width) * duration));
  };
  const seek = (t: number) => playerStore.requestSeek(t, { play: false });

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    seek(timeAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const t = timeAt(e.clientX);
    setHover(t);
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seek(t);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const now = playerStore.getSnapshot().time;
    const step = e.shiftKey ? 30 : 5;
    const next =
      e.key === "ArrowRight" || e.key === "ArrowUp"
        ? now + step
        : e.key === "ArrowLeft" || e.key === "ArrowDown"
          ? now - step
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? duration
              : undefined;
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const t = Math.min(duration, Math.max(0, next));
    setFocusTime(t);
    seek(t);
  };

  const readout = hover ?? (focused ? focusTime : undefined);
  return (
    <div className="relative min-w-0 flex-1">
      <div
        ref={bar}
        role="slider"
        tabIndex={0}
        aria-label="Episode map: who speaks when"
        aria-valuemin={0}
        aria-valuemax={Math.round(duration)}
        aria-valuenow={0}
        aria-valuetext={describeTime(sections, 0)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(undefined)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          setFocusTime(playerStore.getSnapshot().time);
        }}
        onBlur={() => setFocused(false)}
        className="relative h-6 cursor-pointer touch-none overflow-hidden rounded bg-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-slate-800"
      >
        {children}
        <span
          ref={head}
          aria-hidden="true"
          className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-red-600 dark:bg-red-400"
          style={{ left: "0%" }}
        />
      </div>
      {readout !== undefined && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute top-7 z-30 -translate-x-1/2 whitespace-nowrap rounded bg-slate-900 px-2 py-1 text-xs text-white shadow dark:bg-slate-100 dark:text-slate-900"
          style={{ left: `${Math.min(90, Math.max(10, (readout / duration) * 100))}%` }}
        >
          {describeTime(sections, readout)}
        </div>
      )}
    </div>
  );
}
