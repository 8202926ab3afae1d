import { browserFrames, type FrameScheduler, type MediaAdapter } from "./media-adapter";
import { createMediaEmitter, type MediaEmitter } from "./media-emitter";
import { createTimeTicker, type TimeTicker } from "./time-ticker";
import { youTubePlayerOptions, youTubeStateEffect } from "./youtube-iframe-api";
import type { YouTubeApi, YouTubePlayer } from "./youtube-iframe-api";

// The API's names stay importable from the adapter, where its callers have always found them.
export { YT_STATE, YOUTUBE_EMBED_HOST, type YouTubeApi, type YouTubePlayer } from "./youtube-iframe-api";

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

/** What one adapter knows and was asked for. Times here are media seconds. */
interface PlaybackState {
  readonly offset: number;
  readonly now: () => number;
  ready: boolean;
  started: boolean;
  playing: boolean;
  wantPlay: boolean;
  /** A seek kept until the video first plays: `seekTo` on an unstarted video would start it. */
  pendingSeek: number | undefined;
  /** A seek target standing in for the player's lagging time until `until` (ms on `now`'s clock). */
  settling: { target: number; until: number } | undefined;
  /** A speed asked for before the player is ready, applied once it is (the API ignores calls before). */
  rate: number | undefined;
}

/** One adapter's parts, shared by the functions below. */
interface YouTubeSession {
  readonly state: PlaybackState;
  readonly player: YouTubePlayer;
  readonly emitter: MediaEmitter;
  readonly ticker: TimeTicker;
}

/** Episode time `t` (s) as media time, clamped to the media's start. */
const toMedia = (t: number, offset: number): number => Math.max(0, t - offset);

function initialState(options: YouTubeAdapterOptions): PlaybackState {
  const offset = options.offset ?? 0;
  return {
    offset,
    now: options.now ?? (() => performance.now()),
    ready: false,
    started: false,
    playing: false,
    wantPlay: options.autoplay ?? false,
    pendingSeek: options.start !== undefined ? toMedia(options.start, offset) : undefined,
    settling: undefined,
    rate: undefined,
  };
}

/** The playhead (media s): a kept seek, a seek target while the player's time lags, or the player's. */
function mediaTime({ state, player }: YouTubeSession): number {
  if (!state.ready || state.pendingSeek !== undefined) return state.pendingSeek ?? 0;
  const reported = player.getCurrentTime();
  const { settling } = state;
  if (settling) {
    if (state.now() < settling.until && Math.abs(reported - settling.target) > 1) return settling.target;
    state.settling = undefined;
  }
  return reported;
}

const episodeTime = (session: YouTubeSession): number => mediaTime(session) + session.state.offset;

function seekPlayer({ state, player }: YouTubeSession, target: number): void {
  player.seekTo(target, true);
  state.settling = { target, until: state.now() + SEEK_SETTLE_MS };
}

function applyPendingSeek(session: YouTubeSession): void {
  const target = session.state.pendingSeek;
  if (target === undefined) return;
  session.state.pendingSeek = undefined;
  seekPlayer(session, target);
}

function startPlaying(session: YouTubeSession): void {
  applyPendingSeek(session);
  session.player.playVideo();
}

function onReady(session: YouTubeSession, title: string | undefined): void {
  const { state, player } = session;
  state.ready = true;
  if (title) player.getIframe?.().setAttribute("title", title);
  if (state.rate !== undefined) player.setPlaybackRate?.(state.rate);
  session.emitter.markReady(episodeTime(session));
  if (state.wantPlay) startPlaying(session);
}

function onStateChange(session: YouTubeSession, playerState: number): void {
  const { state, ticker } = session;
  const effect = youTubeStateEffect(playerState, state.playing);
  if (!effect) return;
  if (effect.playing) {
    state.started = true;
    // Played from the iframe's own controls: a kept seek still applies.
    applyPendingSeek(session);
    state.playing = true;
    ticker.loop.start();
  } else {
    state.playing = false;
    ticker.loop.stop();
    ticker.emitTime();
  }
  if (effect.event) session.emitter.emit(effect.event, episodeTime(session));
}

/** The adapter's methods (times on the episode clock). */
function controls(session: YouTubeSession): MediaAdapter {
  const { state, player, emitter, ticker } = session;
  return {
    getCurrentTime: () => episodeTime(session),
    seek(t) {
      if (!Number.isFinite(t)) return;
      const target = toMedia(t, state.offset);
      if (!state.ready || !state.started) state.pendingSeek = target;
      else seekPlayer(session, target);
      ticker.emitTime(true);
    },
    play() {
      state.wantPlay = true;
      if (state.ready) startPlaying(session);
    },
    pause() {
      state.wantPlay = false;
      if (state.ready) player.pauseVideo();
    },
    isPaused: () => !state.playing,
    setPlaybackRate(next) {
      if (!(next > 0)) return;
      state.rate = next;
      if (state.ready) player.setPlaybackRate?.(next);
    },
    on: emitter.on,
    destroy() {
      ticker.loop.stop();
      emitter.clear();
      try {
        player.destroy();
      } catch {
        // The iframe may already be gone with its host.
      }
    },
  };
}

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
  const state = initialState(options);
  // The API calls back only after the constructor returns, so `session` exists by then.
  const getCurrentTime = () => episodeTime(session);
  const emitter = createMediaEmitter(getCurrentTime);
  const ticker = createTimeTicker(emitter, getCurrentTime, options.frames ?? browserFrames);
  const player = new api.Player(
    host,
    youTubePlayerOptions(options.videoId, state.pendingSeek, state.wantPlay, {
      onReady: () => onReady(session, options.title),
      onStateChange: (event) => onStateChange(session, event.data),
      onError: (event) => options.onError?.(event.data),
    }),
  );
  const session: YouTubeSession = { state, player, emitter, ticker };
  return controls(session);
}
