// zod/mini: the same validation with a fraction of the bytes. In the browser this module loads
// only when a link carries a parameter (lib/links/load-link-validators.ts).
import * as z from "zod/mini";

/** A moment (or a range) on the episode clock, in seconds. */
export interface TimeRange {
  start: number;
  end?: number;
}

/** The latest time accepted when the episode's duration is unknown: one week (s). */
export const MAX_TIME_PARAM_SECONDS = 7 * 24 * 3600;

// Bounded digit counts keep every number small and finite: no exponents, no `1e309`, no 400-digit values.
const SECONDS = /^(\d{1,7})(?:\.(\d{1,3}))?s?$/i;
const CLOCK = /^(?:(\d{1,3}):([0-5]\d):|(\d{1,4}):)([0-5]\d(?:\.\d{1,3})?)$/;
const UNITS = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,7}(?:\.\d{1,3})?)s)?$/i;

/** One time in seconds: `516`, `516.5`, `516s`, `8:36`, `00:08:36`, `1h2m3s`, `8m36s`; else undefined. */
function parseOneTime(text: string): number | undefined {
  const seconds = SECONDS.exec(text);
  if (seconds) return Number(`${seconds[1]}.${seconds[2] ?? "0"}`);
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, h, mWithH, mAlone, s] = clock;
    return Number(h ?? 0) * 3600 + Number(mWithH ?? mAlone) * 60 + Number(s);
  }
  const units = UNITS.exec(text);
  if (units && (units[1] ?? units[2] ?? units[3]) !== undefined) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return undefined;
}

const rawValueSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  z.transform((value, ctx): TimeRange => {
    const parts = value.split(",").map((part) => part.trim());
    const [startText, endText, ...rest] = parts;
    const start = startText === undefined ? undefined : parseOneTime(startText);
    const end = endText === undefined ? undefined : parseOneTime(endText);
    if (start === undefined || rest.length > 0 || (endText !== undefined && end === undefined)) {
      ctx.issues.push({ code: "custom", message: `not a time: ${value}`, input: value });
      return z.NEVER;
    }
    return end === undefined ? { start } : { start, end };
  }),
);

function rangeSchema(duration: number | undefined) {
  const limit =
    duration !== undefined && Number.isFinite(duration) && duration >= 0 ? duration : MAX_TIME_PARAM_SECONDS;
  return rawValueSchema.check(
    z.refine(
      (r) => Number.isFinite(r.start) && r.start >= 0 && r.start <= limit,
      "start outside the episode",
    ),
    z.refine(
      (r) => r.end === undefined || (r.end > r.start && r.end <= limit),
      "end outside the episode or before the start",
    ),
  );
}

/**
 * Parses a deep-link time (`?t=` / `#t=` value) into seconds on the episode clock.
 *
 * Accepts `516`, `516.5`, `516s`, `8:36` (m:ss), `00:08:36` (h:mm:ss), `8m36s`, `1h2m3s`, and a
 * range of two of these joined by a comma (`516,530`). Invalid values give `undefined` and never
 * throw: negative, text, exponents (`1e309`), huge numbers, empty, a start past `duration` (s),
 * or a range whose end is not after its start or is past `duration`. Without a `duration` the
 * limit is {@link MAX_TIME_PARAM_SECONDS}. For a repeated parameter (an array), the first valid
 * value wins.
 */
export function parseTimeParam(
  value: string | string[] | undefined,
  duration?: number,
): TimeRange | undefined {
  if (value === undefined) return undefined;
  const schema = rangeSchema(duration);
  for (const candidate of Array.isArray(value) ? value : [value]) {
    if (typeof candidate !== "string") continue;
    const result = schema.safeParse(candidate);
    if (result.success) return result.data;
  }
  return undefined;
}
