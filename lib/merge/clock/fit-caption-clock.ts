import type { Word } from "../../model/episode-schema";
import type { ChunkAnchor } from "./map-chunks";
import { correctedMap, linearMap, type ClockMap } from "./apply-clock";
import { fitClock, type ClockFit, type ClockPair } from "./fit-clock";
import { IDENTITY, type LinearClock } from "./linear-clock";

/** The captions' clock on the episode clock. */
export interface CaptionClock {
  /** Caption clock → episode clock (the linear part, recorded on the source). */
  clock: LinearClock;
  /** The full mapping used for times (linear + local step correction). */
  map: ClockMap;
  /** The fit behind `clock`, when chunk pairs were available. */
  fit?: ClockFit;
}

/**
 * The clock stage: pairs each exactly-placed summary chunk start (video
 * seconds) with the caption time of its aligned first word and fits the
 * caption → episode clock on those pairs, with a local correction where the
 * pairs show a step. Without anchors, or when no fit is possible, the captions
 * keep their own clock (identity).
 * @param audioWords clean words timed on the caption clock
 * @param anchors summary chunk starts in the clean words, if a summary page exists
 */
export function fitCaptionClock(
  audioWords: readonly Word[],
  anchors: readonly ChunkAnchor[] | undefined,
): CaptionClock {
  if (!anchors) return { clock: IDENTITY, map: linearMap(IDENTITY) };
  const pairs: ClockPair[] = [];
  for (const a of anchors) {
    const w = audioWords[a.word];
    if (a.exact && w?.timing === "aligned" && w.start !== undefined)
      pairs.push({ from: w.start, to: a.start });
  }
  const fit = fitClock(pairs);
  if (!fit) return { clock: IDENTITY, map: linearMap(IDENTITY) };
  const clock = { rate: fit.rate, offset: fit.offset };
  return { clock, map: correctedMap(clock, pairs), fit };
}
