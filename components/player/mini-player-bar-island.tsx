"use client";

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { formatClock } from "@/lib/time/format-time";
import {
  formatPlaybackSpeed,
  parsePlaybackSpeed,
  PLAYBACK_SPEED_KEY,
  PLAYBACK_SPEEDS,
} from "@/lib/player/playback-speed";
import {
  describePosition,
  indexMarks,
  markTitleAt,
  percentOf,
  type TimelineMark,
} from "@/lib/player/timeline-marks";
import { playerStore } from "@/lib/player/player-store";

export interface MiniPlayerBarIslandProps {
  /** Seconds. */
  duration: number;
  /** Sections (or chapters): ticks on the scrubber and the title of the one playing. */
  marks: TimelineMark[];
}

const button =
  "inline-flex size-10 shrink-0 items-center justify-center rounded-full text-slate-800 hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:text-slate-100 dark:hover:bg-slate-800";

/** The remembered speed changes only here, through `setSpeed`: there is nothing to subscribe to. */
const subscribeToNothing = () => () => {};

const readSpeed = () => {
  try {
    return parsePlaybackSpeed(localStorage.getItem(PLAYBACK_SPEED_KEY));
  } catch {
    return 1; // Storage blocked (privacy mode): the speed is simply not remembered.
  }
};

/**
 * The bar fixed at the bottom of the screen: play/pause, ±15 s, time, a scrubber with section
 * and search-hit ticks, speed and the current section. React renders it only when playback
 * starts or stops or the speed changes; the time, scrubber and title are written directly, at
 * most once per displayed second, so playing costs no render per frame.
 */
export function MiniPlayerBarIsland({ duration, marks }: MiniPlayerBarIslandProps) {
  const paused = useSyncExternalStore(
    playerStore.subscribe,
    () => playerStore.getSnapshot().paused,
    () => true,
  );
  // localStorage exists only in the browser: the server renders 1×, then the remembered speed.
  const storedSpeed = useSyncExternalStore(subscribeToNothing, readSpeed, () => 1);
  const [chosenSpeed, setSpeed] = useState<number | undefined>(undefined);
  const speed = chosenSpeed ?? storedSpeed;
  const clock = useRef<HTMLSpanElement>(null);
  const range = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLSpanElement>(null);
  const index = useMemo(() => indexMarks(marks, duration), [marks, duration]);

  useEffect(() => {
    // Applies to the media there is and to one created later (YouTube loads on first play).
    let applied: unknown = null;
    const apply = () => {
      const { adapter } = playerStore.getSnapshot();
      if (adapter === applied) return;
      applied = adapter;
      adapter?.setPlaybackRate(speed);
    };
    apply();
    return playerStore.subscribe(apply);
  }, [speed]);

  useEffect(() => {
    let shown = Number.NaN;
    const paint = () => {
      const second = Math.floor(Math.min(duration, Math.max(0, playerStore.getSnapshot().time)));
      if (second === shown) return;
      shown = second;
      if (clock.current) clock.current.textContent = formatClock(second);
      if (range.current) {
        range.current.value = String(second);
        range.current.setAttribute("aria-valuetext", describePosition(second, duration));
      }
      if (section.current) section.current.textContent = markTitleAt(marks, index, second);
    };
    paint();
    return playerStore.subscribe(paint);
  }, [duration, marks, index]);

  const changeSpeed = (next: number) => {
    setSpeed(next);
    try {
      localStorage.setItem(PLAYBACK_SPEED_KEY, String(next));
    } catch {
      // Not remembered where storage is blocked; the speed still applies now.
    }
  };

  return (
    <div
      data-mini-player=""
      role="region"
      aria-label="Player"
      className="fixed inset-x-0 bottom-0 z-30 h-(--mini-player-h) border-t border-slate-200 bg-white/95 shadow-[0_-2px_8px_rgb(0_0_0/0.08)] backdrop-blur dark:border-slate-800 dark:bg-slate-950/95"
    >
      <div className="mx-auto flex h-full max-w-5xl flex-col justify-center gap-0.5 px-3 sm:px-6">
        <div className="relative flex h-5 items-center">
          <span
            aria-hidden="true"
            className="pointer-events-none absolute inset-x-0 top-1/2 h-3 -translate-y-1/2"
          >
            {marks.map((m) =>
              m.start > 0 ? (
                <span
                  key={`${m.start}-${m.title}`}
                  className="absolute inset-y-0 w-px bg-slate-500 dark:bg-slate-400"
                  style={{ left: percentOf(m.start, duration) }}
                />
              ) : null,
            )}
            <span data-mini-player-ticks="" className="absolute inset-0" />
          </span>
          <input
            ref={range}
            type="range"
            min={0}
            max={Math.ceil(duration)}
            step={1}
            defaultValue={0}
            aria-label="Seek"
            aria-valuetext={describePosition(0, duration)}
            onChange={(e) => playerStore.requestSeek(Number(e.currentTarget.value), { play: false })}
            className="relative w-full cursor-pointer accent-indigo-700 dark:accent-indigo-400"
          />
        </div>
        <div className="flex min-w-0 items-center gap-1 text-sm">
          <button
            type="button"
            className={button}
            aria-label="Back 15 seconds"
            onClick={() => playerStore.seekBy(-15, duration)}
          >
            <span aria-hidden="true" className="text-xs font-semibold">
              −15
            </span>
          </button>
          <button
            type="button"
            className={`${button} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-300`}
            aria-label={paused ? "Play" : "Pause"}
            onClick={() => playerStore.togglePlay()}
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 fill-current">
              {paused ? <path d="M4 2.5v11l9-5.5z" /> : <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />}
            </svg>
          </button>
          <button
            type="button"
            className={button}
            aria-label="Forward 15 seconds"
            onClick={() => playerStore.seekBy(15, duration)}
          >
            <span aria-hidden="true" className="text-xs font-semibold">
              +15
            </span>
          </button>
          <p className="shrink-0 px-1 tabular-nums">
            <span ref={clock}>0:00</span>
            <span className="text-slate-600 dark:text-slate-400"> / {formatClock(duration)}</span>
          </p>
          <span ref={section} className="min-w-0 flex-1 truncate px-1 text-slate-700 dark:text-slate-300" />
          <label className="sr-only" htmlFor="mini-player-speed">
            Playback speed
          </label>
          <select
            id="mini-player-speed"
            value={speed}
            onChange={(e) => changeSpeed(parsePlaybackSpeed(e.currentTarget.value))}
            className="h-9 shrink-0 rounded-md border border-slate-300 bg-white px-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
          >
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {formatPlaybackSpeed(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
