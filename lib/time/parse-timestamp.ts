/**
 * Clock times shared by every parser: `"1:02:03.5"`, `"12:38"`, `"00:08:36"`, `"0:00:04.440"`.
 */

const CLOCK_TIME = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?$/;

/**
 * Parses a clock time into seconds.
 *
 * Accepts `M:SS`, `MM:SS`, `H:MM:SS`, `HH:MM:SS` (up to three leading digits), each with an
 * optional fraction after `.` or `,` (`1:02:03.5` = 3723.5 s). Every field after the first
 * must be two digits and at most 59. Surrounding whitespace is ignored.
 *
 * @param text The clock time as written.
 * @returns The time in seconds, or `undefined` when `text` is not a clock time.
 */
export function parseClockTime(text: string): number | undefined {
  const m = CLOCK_TIME.exec(text.trim());
  if (!m) return undefined;
  const [, first = "", second = "", third, fraction] = m;
  let hours = 0;
  let minutes: number;
  let seconds: number;
  if (third === undefined) {
    minutes = Number(first);
    seconds = Number(second);
  } else {
    hours = Number(first);
    minutes = Number(second);
    seconds = Number(third);
    if (minutes > 59) return undefined;
  }
  if (seconds > 59) return undefined;
  const frac = fraction === undefined ? 0 : Number(fraction) / 10 ** fraction.length;
  return hours * 3600 + minutes * 60 + seconds + frac;
}

/**
 * Parses a YouTube-style `t` parameter: `251`, `251s`, `4m11s`, `1h2m3s`.
 *
 * @returns Seconds, or `undefined` when the value is not a time.
 */
export function parseUrlTime(value: string): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!m || value === "") return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
