/**
 * Formats seconds as a caption timestamp with hours and milliseconds: `00:08:36.240` for WebVTT
 * (`separator` "."), `00:08:36,240` for SRT (","). Negative times are clamped to 0; the
 * fraction is rounded to whole milliseconds (in integers, so 0.1 + 0.2 never prints 299 ms).
 *
 * @param seconds Seconds on the episode clock.
 * @param separator What separates seconds from milliseconds.
 */
export function formatCueTime(seconds: number, separator: "." | ","): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}
