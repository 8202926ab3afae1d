import type { Word } from "../../model/episode-schema";
import type { CaptionDoc } from "../../parse/types";
import { applyClock, correctedMap, linearMap, type ClockMap } from "../clock/apply-clock";
import { IDENTITY, type LinearClock } from "../clock/linear-clock";
import { fitClock, type ClockFit, type ClockPair } from "../clock/fit-clock";
import { findOutside, type OutsideResult } from "./find-outside";
import type { ChunkAnchor } from "../clock/map-chunks";
import { firstMatchedWord, matchWords, type MatchableWord } from "./match-words";
import { nameVoices, type VoiceName } from "../speakers/name-voices";
import { timeCaptionWords, type CaptionWord } from "../timing/caption-words";
import { timeWordsFromCaptions } from "../timing/timed-words";

/** Everything the clean transcript takes from a caption file. */
export interface CaptionAlignment {
  /** Clean words timed on the episode clock (seconds, ms-rounded). */
  words: Word[];
  /** Caption clock → episode clock (the linear part, recorded on the source). */
  clock: LinearClock;
  /** The full mapping used for times (linear + local step correction). */
  map: ClockMap;
  /** The fit behind `clock`, when chunk pairs were available. */
  fit?: ClockFit;
  /** Names given to the caption voices. */
  voices: VoiceName[];
  /** Clean word index → the first caption word it matched (-1 when unmatched). */
  captionOfWord: Int32Array;
  /** Caption material the clean text lacks. */
  outside: OutsideResult;
  /** The caption's words (caption clock). */
  captionWords: CaptionWord[];
  /** Clean tokens matched / clean tokens (0..1). */
  matchRate: number;
}

/**
 * Align clean words with a caption file: word times (`aligned`, gaps
 * `estimated`), the caption→episode clock (fitted on summary chunk starts when
 * `anchors` are given, else identity), voice names and outside material.
 * @param clean the clean words
 * @param speakerOfWord clean word index → clean speaker name
 * @param doc the caption document (seconds on its own clock)
 * @param anchors summary chunk starts in the clean words (video seconds), if a summary page exists
 */
export function alignCaptions(
  clean: readonly MatchableWord[],
  speakerOfWord: readonly (string | undefined)[],
  doc: CaptionDoc,
  anchors: readonly ChunkAnchor[] | undefined,
): CaptionAlignment {
  const captionWords = timeCaptionWords(doc.cues);
  const match = matchWords(clean, captionWords);
  const audioWords = timeWordsFromCaptions(clean, match, captionWords, IDENTITY);
  let clock: LinearClock = IDENTITY;
  let map: ClockMap = linearMap(IDENTITY);
  let fit: ClockFit | undefined;
  if (anchors) {
    const pairs: ClockPair[] = [];
    for (const a of anchors) {
      const w = audioWords[a.word];
      if (a.exact && w?.timing === "aligned" && w.start !== undefined)
        pairs.push({ from: w.start, to: a.start });
    }
    fit = fitClock(pairs);
    if (fit) {
      clock = { rate: fit.rate, offset: fit.offset };
      map = correctedMap(clock, pairs);
    }
  }
  const tokens = match.left.tokens.length;
  const captionOfWord = firstMatchedWord(match, clean.length);
  return {
    words: applyClock(audioWords, map),
    clock,
    map,
    ...(fit ? { fit } : {}),
    voices: nameVoices(speakerOfWord, captionOfWord, captionWords),
    captionOfWord,
    outside: findOutside(captionWords, match, map),
    captionWords,
    matchRate: tokens > 0 ? match.matchedTokens / tokens : 0,
  };
}
