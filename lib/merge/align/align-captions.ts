import type { Word } from "../../model/episode-schema";
import type { CaptionDoc } from "../../parse/types";
import { applyClock } from "../clock/apply-clock";
import { fitCaptionClock, type CaptionClock } from "../clock/fit-caption-clock";
import { IDENTITY } from "../clock/linear-clock";
import type { ChunkAnchor } from "../clock/map-chunks";
import { captionWordsOf, type CaptionWord } from "../timing/caption-words";
import { timeWordsFromCaptions } from "../timing/timed-words";
import { findOutside, type OutsideResult } from "./find-outside";
import { firstMatchedWord, matchWords, type MatchableWord } from "./match-words";

/** Everything the clean transcript takes from a caption file. */
export interface CaptionAlignment extends CaptionClock {
  /** Clean words timed on the episode clock (seconds, ms-rounded). */
  words: Word[];
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
 * `anchors` are given, else identity; see {@link fitCaptionClock}) and the
 * caption material the clean text lacks. Voices are named by the speakers stage.
 * @param clean the clean words
 * @param doc the caption document (seconds on its own clock)
 * @param anchors summary chunk starts in the clean words (video seconds), if a summary page exists
 */
export function alignCaptions(
  clean: readonly MatchableWord[],
  doc: CaptionDoc,
  anchors: readonly ChunkAnchor[] | undefined,
): CaptionAlignment {
  const captionWords = captionWordsOf(doc.cues);
  const match = matchWords(clean, captionWords);
  const audioWords = timeWordsFromCaptions({ clean, match, captions: captionWords, clock: IDENTITY });
  const clock = fitCaptionClock(audioWords, anchors);
  const tokens = match.left.tokens.length;
  return {
    words: applyClock(audioWords, clock.map),
    ...clock,
    captionOfWord: firstMatchedWord(match, clean.length),
    outside: findOutside(captionWords, match, clock.map),
    captionWords,
    matchRate: tokens > 0 ? match.matchedTokens / tokens : 0,
  };
}
