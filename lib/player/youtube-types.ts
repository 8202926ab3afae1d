/**
 * The small part of the YouTube IFrame Player API this app uses, typed by hand
 * (https://developers.google.com/youtube/iframe_api_reference). Times are media seconds.
 */

/** `YT.PlayerState` values. */
export const YT_STATE = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 } as const;

export interface YTPlayer {
  getCurrentTime(): number;
  seekTo(seconds: number, allowSeekAhead: boolean): void;
  playVideo(): void;
  pauseVideo(): void;
  setPlaybackRate?(rate: number): void;
  getPlayerState(): number;
  getIframe?(): HTMLIFrameElement;
  destroy(): void;
}

export interface YTPlayerEvent {
  target: YTPlayer;
}

export interface YTStateChangeEvent extends YTPlayerEvent {
  data: number;
}

export interface YTPlayerOptions {
  videoId: string;
  host?: string;
  width?: number | string;
  height?: number | string;
  playerVars?: {
    playsinline?: 0 | 1;
    rel?: 0 | 1;
    /** Whole seconds of media time. */
    start?: number;
    autoplay?: 0 | 1;
    origin?: string;
  };
  events?: {
    onReady?: (event: YTPlayerEvent) => void;
    onStateChange?: (event: YTStateChangeEvent) => void;
    onError?: (event: YTStateChangeEvent) => void;
  };
}

export type YTPlayerConstructor = new (element: HTMLElement | string, options: YTPlayerOptions) => YTPlayer;

/** `window.YT`. */
export interface YTNamespace {
  Player: YTPlayerConstructor;
}

declare global {
  interface Window {
    YT?: YTNamespace;
    onYouTubeIframeAPIReady?: () => void;
  }
}
