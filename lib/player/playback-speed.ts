/** The playback speeds the mini-player offers, slowest first. */
export const PLAYBACK_SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** Where the chosen speed is remembered (localStorage). */
export const PLAYBACK_SPEED_KEY = "episode-explorer:playback-speed";

const DEFAULT_SPEED = 1;

/**
 * Reads a remembered speed. Storage is outside our control (another version of the app, a
 * hand edit, a full disk): anything that is not exactly one of the offered speeds gives 1×.
 */
export function parsePlaybackSpeed(raw: string | null | undefined): number {
  if (typeof raw !== "string" || !/^\d+(\.\d+)?$/.test(raw.trim())) return DEFAULT_SPEED;
  const value = Number(raw);
  return PLAYBACK_SPEEDS.find((speed) => speed === value) ?? DEFAULT_SPEED;
}

/** "1.25×" — how a speed is shown and announced. */
export function formatPlaybackSpeed(speed: number): string {
  return `${speed}×`;
}
