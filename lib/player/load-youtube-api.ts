import type { YouTubeApi } from "./youtube-iframe-api";

declare global {
  interface Window {
    /** Set by the IFrame API script once it has run. */
    YT?: YouTubeApi;
    /** Called by the IFrame API script when `window.YT` is ready. */
    onYouTubeIframeAPIReady?: () => void;
  }
}

/** The IFrame Player API script (allowed by the CSP's script-src). */
export const YOUTUBE_IFRAME_API_URL = "https://www.youtube.com/iframe_api";

let pending: Promise<YouTubeApi> | undefined;

/**
 * Loads the YouTube IFrame Player API once: injects its script and resolves with `window.YT`
 * when `window.onYouTubeIframeAPIReady` fires (an existing handler is still called). The
 * promise is cached; a failure (script error, or no answer within `timeoutMs` milliseconds)
 * rejects with a readable error and clears the cache so a later call can retry.
 */
export function loadYouTubeApi(timeoutMs = 15_000): Promise<YouTubeApi> {
  if (typeof window === "undefined") return Promise.reject(new Error("The YouTube player needs a browser."));
  if (window.YT?.Player) return Promise.resolve(window.YT);
  pending ??= new Promise<YouTubeApi>((resolve, reject) => {
    const previous = window.onYouTubeIframeAPIReady;
    const script = document.createElement("script");
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      window.onYouTubeIframeAPIReady = previous;
      pending = undefined;
      script.remove();
      reject(new Error(message));
    };
    const timer = window.setTimeout(
      () =>
        fail(
          `The YouTube player did not load within ${Math.round(timeoutMs / 1000)} s. ` +
            "Check your connection or any content blocker, then try again.",
        ),
      timeoutMs,
    );
    window.onYouTubeIframeAPIReady = () => {
      previous?.();
      if (settled) return;
      if (!window.YT?.Player) return fail("The YouTube player script loaded but did not provide a player.");
      settled = true;
      window.clearTimeout(timer);
      resolve(window.YT);
    };
    script.src = YOUTUBE_IFRAME_API_URL;
    script.async = true;
    script.onerror = () =>
      fail("The YouTube player could not be loaded (the script was blocked or unreachable).");
    document.head.append(script);
  });
  return pending;
}
