import type { MediaAdapter } from "./media-adapter";

/** A range being played, a clip: from `from` to `end` (s). */
export interface PlayedRange {
  from: number;
  end: number;
}

/**
 * How far past a range's end playback may be when it is seen there and still count as having
 * played across it (s): time is reported once a frame, and a stalled tab reports late. Further
 * on, the reader moved the playhead there (the media's own controls), and the range is over.
 */
export const STOP_WINDOW = 1;

/**
 * Called on every time update while a range is played: pauses the media once playback crosses
 * the range's end. Returns the range while it still applies, undefined once it is over (paused
 * at its end, or the time left it: the reader went elsewhere).
 */
export function stopAtRangeEnd(
  range: PlayedRange,
  adapter: MediaAdapter,
  time: number,
): PlayedRange | undefined {
  if (time < range.from - STOP_WINDOW || time >= range.end + STOP_WINDOW) return undefined;
  if (time < range.end || adapter.isPaused()) return range;
  adapter.pause();
  return undefined;
}
