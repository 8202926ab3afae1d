import { useCallback, useEffect, useRef } from "react";
import { youTubeWatchUrl } from "@/lib/player/youtube-watch-url";
import { momentToShare } from "@/lib/sync/moment-to-share";
import { readingArea } from "@/lib/sync/reading-area";
import { playerStore } from "@/lib/player/player-store";

export interface VideoUnavailableProps {
  /** What went wrong, in words for the reader. */
  message: string;
  /** The video's page on YouTube. */
  watchUrl: string;
  /** mediaTime = episodeTime − offset (s). */
  offset: number;
  /** Offered when trying again can help (the API did not load). */
  onRetry?: () => void;
}

/**
 * The time (s, episode clock) the reader is at: the playhead once a moment was asked for (a
 * sentence clicked, a deep link), else the passage at the reading position.
 */
function readerTime(): number {
  const { time, positioned } = playerStore.getSnapshot();
  if (positioned) return time;
  const moment = momentToShare({
    transcript: document.getElementById("transcript"),
    time,
    playing: false,
    positioned,
    ...readingArea(),
  });
  return moment ?? 0;
}

/**
 * Shown in the player's own tile when the video cannot load or play: the reason, "Try again"
 * when it may help, and "Watch on YouTube" at the reader's current time (`t=`), kept current as
 * the playhead moves and read afresh from the reading position when the link is used.
 */
export function VideoUnavailable({ message, watchUrl, offset, onRetry }: VideoUnavailableProps) {
  const tile = useRef<HTMLDivElement>(null);
  const link = useRef<HTMLAnchorElement>(null);
  // Written straight to the link: the time moves with playback and scrolling, which need not
  // re-render anything.
  const refresh = useCallback(() => {
    if (link.current) link.current.href = youTubeWatchUrl(watchUrl, readerTime() - offset);
  }, [watchUrl, offset]);
  useEffect(() => {
    refresh();
    return playerStore.subscribe(refresh);
  }, [refresh]);
  useEffect(() => {
    // The poster that had focus is gone: keep keyboard users in the player.
    if (document.activeElement === document.body) tile.current?.focus();
  }, []);

  const button =
    "rounded-md bg-white/15 px-3 py-1.5 text-sm font-medium ring-1 ring-white/60 hover:bg-white/25 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-300";
  return (
    <div
      ref={tile}
      tabIndex={-1}
      className="absolute inset-0 flex flex-col items-center justify-center gap-3 p-4 text-center text-white outline-none"
    >
      <p id="youtube-player-error" className="max-w-prose text-sm">
        {message}
      </p>
      <div className="flex flex-wrap justify-center gap-2">
        {onRetry && (
          <button type="button" onClick={onRetry} className={button}>
            Try again
          </button>
        )}
        <a
          ref={link}
          href={watchUrl}
          onPointerDown={refresh}
          onFocus={refresh}
          className={button}
          rel="noopener noreferrer"
          target="_blank"
        >
          Watch on YouTube<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </div>
    </div>
  );
}
