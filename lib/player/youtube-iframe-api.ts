/*
 * The part of the YouTube IFrame Player API the adapter relies on: the player it calls, the
 * options it creates one with, and what the player's state changes mean for a media adapter.
 */
import type { MediaEvent } from "./media-adapter";

/** The methods of a `YT.Player` the adapter calls (the types are @types/youtube's). */
export type YouTubePlayer = Pick<
  YT.Player,
  "getCurrentTime" | "seekTo" | "playVideo" | "pauseVideo" | "setPlaybackRate" | "getIframe" | "destroy"
>;

/** The part of `window.YT` the adapter uses: the player constructor. */
export interface YouTubeApi {
  Player: new (host: HTMLElement, options: YT.PlayerOptions) => YouTubePlayer;
}

/** The privacy-enhanced embed host (allowed by the CSP's frame-src). */
export const YOUTUBE_EMBED_HOST = "https://www.youtube-nocookie.com";

/**
 * The options for a privacy-enhanced, inline player of `videoId`. `mediaStart` (media s) is
 * rounded down, as the `start` player variable takes whole seconds; the adapter seeks to the
 * exact time itself. `autoplay` is only set when the reader asked to play.
 */
export function youTubePlayerOptions(
  videoId: string,
  mediaStart: number | undefined,
  autoplay: boolean,
  events: YT.Events,
): YT.PlayerOptions {
  return {
    videoId,
    host: YOUTUBE_EMBED_HOST,
    width: "100%",
    height: "100%",
    playerVars: {
      playsinline: 1,
      rel: 0,
      start: Math.floor(mediaStart ?? 0),
      ...(autoplay ? { autoplay: 1 } : {}),
    },
    events,
  };
}

/** `YT.PlayerState` values: the namespace's enum exists only once the API script has run. */
export const YT_STATE = {
  UNSTARTED: -1,
  ENDED: 0,
  PLAYING: 1,
  PAUSED: 2,
  BUFFERING: 3,
  CUED: 5,
} as const satisfies Record<keyof typeof YT.PlayerState, YT.PlayerState>;

/** What a change of the player's state means for the adapter. */
export interface YouTubeStateEffect {
  /** Whether the video plays from now on (time is polled while it does). */
  readonly playing: boolean;
  /** The media event to emit, if any. */
  readonly event: Extract<MediaEvent, "play" | "pause" | "ended"> | undefined;
}

/**
 * Maps a `YT.PlayerState` to what the adapter does. PLAYING plays; ENDED stops with `ended`
 * (not `pause`); PAUSED and CUED stop, with `pause` only if the video was playing (cueing an
 * unstarted video is no pause). BUFFERING and UNSTARTED change nothing (playback continues
 * through buffering), nor does a value the API does not define.
 */
export function youTubeStateEffect(state: number, wasPlaying: boolean): YouTubeStateEffect | undefined {
  switch (state) {
    case YT_STATE.PLAYING:
      return { playing: true, event: "play" };
    case YT_STATE.ENDED:
      return { playing: false, event: "ended" };
    case YT_STATE.PAUSED:
    case YT_STATE.CUED:
      return { playing: false, event: wasPlaying ? "pause" : undefined };
    default:
      return undefined;
  }
}
