/**
 * A linear clock: `episode = rate * source + offset` (seconds). Every source
 * that carries times (captions, a summary page) runs on its own clock; the merge
 * maps them onto the episode clock with one of these (recorded as
 * `sources[].clock`).
 */
export interface LinearClock {
  rate: number;
  offset: number;
}

/** The identity clock (offset 0 s, rate 1): the source already runs on the episode clock. */
export const IDENTITY: LinearClock = { rate: 1, offset: 0 };
