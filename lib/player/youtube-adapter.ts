import { browserFrames, type FrameScheduler, type MediaAdapter } from "./media-adapter";
import { createMediaEmitter } from "./media-emitter";
import { createTimeTicker } from "./time-ticker";

/** `YT.PlayerState` values: the namespace's enum exists only once the API script has run. */
export const YT_STATE = {
  UNSTARTED: -1,
  ENDED: 0,
  PLAYING: 1,
  PAUSED: 2,
  BUFFERING: 3,
  CUED: 5,
} as const satisfies Record<keyof typeof YT.PlayerState, YT.PlayerState>;

/** The methods of a `YT.Player` this adapter calls (the types are @types/youtube's). */
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

export interface YouTubeAdapterOptions {
  videoId: string;
  /** mediaTime = episodeTime − offset (s). */
  offset?: number;
  /** Where playback starts (s, episode clock). */
  start?: number;
  /** Play as soon as the player is ready: the reader clicked to play. */
  autoplay?: boolean;
  /** The iframe's accessible title. */
  title?: string;
  frames?: FrameScheduler;
  /** Milliseconds since some origin; used to bridge the moment after a seek. */
  now?: () => number;
  /** The player's error code (2, 5, 100, 101, 150). */
  onError?: (code: number) => void;
}

/** How long (ms) a seek target stands in for the player's cached, not yet updated time. */
const SEEK_SETTLE_MS = 1000;

/**
 * Wraps a YouTube IFrame API player created on `host` (which the API replaces with its iframe).
 * The API has no timeupdate event: `getCurrentTime()` is polled once a frame while playing.
 * A seek before the video first plays is kept and applied on play, because `seekTo` on an
 * unstarted video would start it. Times are seconds on the episode clock.
 */
export function createYouTubeAdapter(
  api: YouTubeApi,
  host: HTMLElement,
  options: YouTubeAdapterOptions,
): MediaAdapter {
  const offset = options.offset ?? 0;
  const now = options.now ?? (() => performance.now());
  const toMedia = (t: number) => Math.max(0, t - offset);
  let ready = false;
  let started = false;
  let playing = false;
  let wantPlay = options.autoplay ?? false;
  let pendingSeek: number | undefined = options.start !== undefined ? toMedia(options.start) : undefined;
  let settling: { target: number; until: number } | undefined;
  // Asked for before the player is ready, applied once it is (the API ignores calls before).
  let rate: number | undefined;

  const mediaTime = (): number => {
    if (!ready || pendingSeek !== undefined) return pendingSeek ?? 0;
    const reported = player.getCurrentTime();
    if (settling) {
      if (now() < settling.until && Math.abs(reported - settling.target) > 1) return settling.target;
      settling = undefined;
    }
    return reported;
  };
  const getCurrentTime = () => mediaTime() + offset;
  const emitter = createMediaEmitter(getCurrentTime);
  const { emitTime, loop } = createTimeTicker(emitter, getCurrentTime, options.frames ?? browserFrames);

  const startPlaying = () => {
    if (pendingSeek !== undefined) {
      const target = pendingSeek;
      pendingSeek = undefined;
      player.seekTo(target, true);
      settling = { target, until: now() + SEEK_SETTLE_MS };
    }
    player.playVideo();
  };

  const onStateChange = (state: number) => {
    if (state === YT_STATE.PLAYING) {
      started = true;
      // Played from the iframe's own controls: a kept seek still applies.
      if (pendingSeek !== undefined) {
        player.seekTo(pendingSeek, true);
        settling = { target: pendingSeek, until: now() + SEEK_SETTLE_MS };
        pendingSeek = undefined;
      }
      playing = true;
      loop.start();
      emitter.emit("play", getCurrentTime());
    } else if (state === YT_STATE.PAUSED || state === YT_STATE.ENDED || state === YT_STATE.CUED) {
      const wasPlaying = playing;
      playing = false;
      loop.stop();
      emitTime();
      if (state === YT_STATE.ENDED) emitter.emit("ended", getCurrentTime());
      else if (wasPlaying) emitter.emit("pause", getCurrentTime());
    }
  };

  const mediaStart = pendingSeek ?? 0;
  const player = new api.Player(host, {
    videoId: options.videoId,
    host: YOUTUBE_EMBED_HOST,
    width: "100%",
    height: "100%",
    playerVars: {
      playsinline: 1,
      rel: 0,
      start: Math.floor(mediaStart),
      ...(wantPlay ? { autoplay: 1 } : {}),
    },
    events: {
      onReady: () => {
        ready = true;
        if (options.title) player.getIframe?.().setAttribute("title", options.title);
        if (rate !== undefined) player.setPlaybackRate?.(rate);
        emitter.markReady(getCurrentTime());
        if (wantPlay) startPlaying();
      },
      onStateChange: (event) => onStateChange(event.data),
      onError: (event) => options.onError?.(event.data),
    },
  });

  return {
    getCurrentTime,
    seek(t) {
      if (!Number.isFinite(t)) return;
      const target = toMedia(t);
      if (!ready || !started) {
        pendingSeek = target;
      } else {
        player.seekTo(target, true);
        settling = { target, until: now() + SEEK_SETTLE_MS };
      }
      emitTime(true);
    },
    play() {
      wantPlay = true;
      if (ready) startPlaying();
    },
    pause() {
      wantPlay = false;
      if (ready) player.pauseVideo();
    },
    isPaused: () => !playing,
    setPlaybackRate(next) {
      if (!(next > 0)) return;
      rate = next;
      if (ready) player.setPlaybackRate?.(next);
    },
    on: emitter.on,
    destroy() {
      loop.stop();
      emitter.clear();
      try {
        player.destroy();
      } catch {
        // The iframe may already be gone with its host.
      }
    },
  };
}
