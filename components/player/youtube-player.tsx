import { useCallback, useEffect, useRef, useState } from "react";
import { messages } from "@/lib/messages/message-store";
import { loadYouTubeApi } from "@/lib/player/load-youtube-api";
import { createYouTubeAdapter } from "@/lib/player/youtube-adapter";
import { playerStore } from "@/lib/player/player-store";
import { YouTubePoster } from "./youtube-poster";
import { VideoUnavailable } from "./video-unavailable";

export interface YouTubePlayerProps {
  videoId: string;
  /** mediaTime = episodeTime − offset (s). */
  offset: number;
  title: string;
  /** The video's page on YouTube, offered when the player cannot play. */
  watchUrl: string;
}

/** poster → loading → ready; `unavailable`: the API did not load; `failed`: the player reported an error. */
type Status = "poster" | "loading" | "ready" | "unavailable" | "failed";

const ERRORS: Record<number, string> = {
  2: "The video id is not valid.",
  5: "The video cannot play in this browser.",
  100: "The video was removed or is private.",
  101: "The video's owner does not allow it to play here.",
  150: "The video's owner does not allow it to play here.",
};

/**
 * A poster button (a neutral gradient: no thumbnail, script or frame from YouTube) that loads
 * the IFrame API and creates the player when clicked, or when the page asks to play (a click on
 * a sentence, the Space shortcut).
 */
export function YouTubePlayer({ videoId, offset, title, watchUrl }: YouTubePlayerProps) {
  const [status, setStatus] = useState<Status>("poster");
  const [error, setError] = useState<string>();
  const frameRef = useRef<HTMLDivElement>(null);
  const posterRef = useRef<HTMLButtonElement>(null);
  /** Set while loading or once created: guards against a second player. */
  const busyRef = useRef(false);
  /** Tears the player down; set once it exists. */
  const teardownRef = useRef<(() => void) | undefined>(undefined);
  const mountedRef = useRef(false);

  const launch = useCallback(async () => {
    if (busyRef.current) return;
    busyRef.current = true;
    setStatus("loading");
    setError(undefined);
    try {
      const YT = await loadYouTubeApi();
      const frame = frameRef.current;
      if (!mountedRef.current || !frame) return;
      // The API replaces its host with an iframe: give it an element React does not own.
      const host = document.createElement("div");
      frame.replaceChildren(host);
      const adapter = createYouTubeAdapter(YT, host, {
        videoId,
        offset,
        start: playerStore.getSnapshot().pendingTime,
        autoplay: true,
        title: `${title} (YouTube video)`,
        onError: (code) => {
          setError(ERRORS[code] ?? `The video could not play (error ${code}).`);
          setStatus("failed");
        },
      });
      const detach = playerStore.attach(adapter);
      teardownRef.current = () => {
        detach();
        adapter.destroy();
      };
      adapter.on("ready", () => {
        const hadFocus = document.activeElement === posterRef.current;
        setStatus((current) => (current === "loading" ? "ready" : current));
        if (hadFocus) (frame.querySelector<HTMLElement>("iframe") ?? frame).focus();
      });
    } catch (reason) {
      busyRef.current = false;
      if (!mountedRef.current) return;
      setError(reason instanceof Error ? reason.message : "The YouTube player could not load.");
      setStatus("unavailable");
    }
  }, [videoId, offset, title]);

  useEffect(() => playerStore.setLauncher(() => void launch()), [launch]);
  // A time tapped far down the transcript starts the player far above: say what went wrong in view.
  useEffect(() => {
    if (error) messages.show(error);
  }, [error]);
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      teardownRef.current?.();
      teardownRef.current = undefined;
      busyRef.current = false;
    };
  }, []);

  const showPoster = status === "poster" || status === "loading";
  return (
    <div className="mx-auto w-full max-w-[calc(40vh*16/9)] lg:w-96 lg:shrink-0">
      <div className="relative aspect-video w-full overflow-hidden rounded-lg bg-gradient-to-br from-slate-700 via-slate-800 to-indigo-950">
        <div
          ref={frameRef}
          role="group"
          aria-label={`Video: ${title}`}
          tabIndex={-1}
          className="absolute inset-0 *:h-full *:w-full"
        />
        {showPoster && (
          <YouTubePoster
            ref={posterRef}
            title={title}
            loading={status === "loading"}
            onPlay={() => void launch()}
          />
        )}
        {error && (status === "unavailable" || status === "failed") && (
          // Over the player's own tile (YouTube's error frame, if any, stays under it).
          <div className="absolute inset-0 bg-slate-900/95">
            <VideoUnavailable
              message={error}
              watchUrl={watchUrl}
              offset={offset}
              onRetry={status === "unavailable" ? () => void launch() : undefined}
            />
          </div>
        )}
      </div>
    </div>
  );
}
