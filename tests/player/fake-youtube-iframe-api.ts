/**
 * A stand-in for https://www.youtube.com/iframe_api, for end-to-end tests that must not reach
 * YouTube. Serve it with Playwright:
 *
 *   await page.route("https://www.youtube.com/iframe_api", (route) =>
 *     route.fulfill({ contentType: "text/javascript", body: FAKE_YOUTUBE_IFRAME_API }));
 *
 * It defines `window.YT = { Player, PlayerState }` and then calls `window.onYouTubeIframeAPIReady()`
 * like the real script. `new YT.Player(host, options)` replaces `host` with
 * `<div data-fake-youtube-player data-video-id data-host data-start>` (no iframe, no network).
 * Each player keeps a clock in media seconds that runs in real time while playing; set
 * `window.__fakeYTConfig = { realtime: false }` before the script runs (page.addInitScript), or
 * `window.__fakeYT.realtime = false` later, to freeze it and move it only with
 * `window.__fakeYT.advance(seconds)`. `window.__fakeYT.calls` logs every call the page makes
 * (`{ method, args }` for seekTo, playVideo, pauseVideo, setPlaybackRate, destroy; `autoplay: 1` plays unlogged); `window.__fakeYT.player` is the latest player. Config: `duration`
 * (s, default 3600), `readyDelayMs` (default 20).
 */
export const FAKE_YOUTUBE_IFRAME_API = String.raw`(function () {
  "use strict";
  var config = Object.assign({ realtime: true, duration: 3600, readyDelayMs: 20 }, window.__fakeYTConfig || {});
  var STATE = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  var realtime = Boolean(config.realtime);
  var hook = {
    players: [],
    calls: [],
    get player() { return hook.players[hook.players.length - 1]; },
    get realtime() { return realtime; },
    set realtime(value) {
      hook.players.forEach(function (p) { p._rebase(); });
      realtime = Boolean(value);
    },
    advance: function (seconds) {
      hook.players.forEach(function (p) {
        if (p._state !== STATE.PLAYING) return;
        p._rebase();
        p._time += Number(seconds) || 0;
        p._checkEnded();
      });
    },
  };
  function now() { return performance.now(); }

  function Player(target, options) {
    var host = typeof target === "string" ? document.getElementById(target) : target;
    if (!host) throw new Error("YT.Player: no element " + target);
    this._options = options || {};
    this._vars = this._options.playerVars || {};
    this._events = this._options.events || {};
    this._time = Math.max(0, Number(this._vars.start) || 0);
    this._since = now();
    this._state = STATE.UNSTARTED;
    var el = document.createElement("div");
    el.setAttribute("data-fake-youtube-player", "");
    el.setAttribute("data-video-id", String(this._options.videoId || ""));
    el.setAttribute("data-host", String(this._options.host || ""));
    el.setAttribute("data-start", String(this._vars.start || 0));
    el.setAttribute("data-state", String(this._state));
    el.style.cssText = "width:100%;height:100%;background:#111;color:#eee;display:flex;align-items:center;justify-content:center;font:14px sans-serif";
    el.textContent = "Fake YouTube player";
    host.replaceWith(el);
    this._el = el;
    hook.players.push(this);
    var self = this;
    setTimeout(function () {
      if (self._destroyed) return;
      self._fire("onReady", { target: self });
      if (self._vars.autoplay === 1) self._play();
    }, config.readyDelayMs);
  }
  Player.prototype._log = function (method, args) {
    hook.calls.push({ method: method, args: Array.prototype.slice.call(args) });
  };
  Player.prototype._fire = function (name, event) {
    var cb = this._events[name];
    if (typeof cb === "function") cb(event);
  };
  Player.prototype._now = function () {
    if (this._state === STATE.PLAYING && realtime) return this._time + ((now() - this._since) / 1000) * (this._rate || 1);
    return this._time;
  };
  Player.prototype._rebase = function () {
    this._time = Math.min(this._now(), config.duration);
    this._since = now();
  };
  Player.prototype._setState = function (state) {
    if (this._state === state) return;
    this._state = state;
    this._el.setAttribute("data-state", String(state));
    var self = this;
    setTimeout(function () { if (!self._destroyed) self._fire("onStateChange", { target: self, data: state }); }, 0);
  };
  Player.prototype._checkEnded = function () {
    if (this._state === STATE.PLAYING && this._now() >= config.duration) {
      this._time = config.duration;
      this._setState(STATE.ENDED);
    }
  };
  Player.prototype.getCurrentTime = function () {
    this._checkEnded();
    return Math.min(this._now(), config.duration);
  };
  Player.prototype.getDuration = function () { return config.duration; };
  Player.prototype.getPlayerState = function () { return this._state; };
  Player.prototype.getIframe = function () { return this._el; };
  Player.prototype.getVideoData = function () { return { video_id: this._options.videoId, title: "Fake video" }; };
  Player.prototype.seekTo = function (seconds) {
    this._log("seekTo", arguments);
    this._time = Math.min(Math.max(0, Number(seconds) || 0), config.duration);
    this._since = now();
    // Like the real player: seeking an unstarted or cued video starts it.
    if (this._state === STATE.UNSTARTED || this._state === STATE.CUED) this._setState(STATE.PLAYING);
  };
  Player.prototype.playVideo = function () {
    this._log("playVideo", arguments);
    this._play();
  };
  Player.prototype._play = function () {
    if (this._state === STATE.PLAYING) return;
    if (this._state === STATE.ENDED) this._time = 0;
    this._since = now();
    this._setState(STATE.PLAYING);
  };
  Player.prototype.setPlaybackRate = function (rate) {
    this._log("setPlaybackRate", arguments);
    this._rebase();
    this._rate = Number(rate) || 1;
  };
  Player.prototype.getPlaybackRate = function () { return this._rate || 1; };
  Player.prototype.pauseVideo = function () {
    this._log("pauseVideo", arguments);
    if (this._state !== STATE.PLAYING) return;
    this._rebase();
    this._setState(STATE.PAUSED);
  };
  Player.prototype.destroy = function () {
    this._log("destroy", arguments);
    this._destroyed = true;
    this._el.remove();
    hook.players = hook.players.filter(function (p) { return p !== this; }, this);
  };

  window.YT = { Player: Player, PlayerState: STATE, loaded: 1 };
  window.__fakeYT = hook;
  setTimeout(function () {
    if (typeof window.onYouTubeIframeAPIReady === "function") window.onYouTubeIframeAPIReady();
  }, 0);
})();
`;
