import { isAnonymousVoice } from "./speakers/build-speakers";
import type { CaptionDoc } from "../parse/types";

/**
 * How much a timed source (captions or a timed transcript) can give the merge, as a tuple
 * compared left to right, larger first.
 *
 * - Voices: real names (`<v Ann Lee>`, a JSON transcript's speakers, an HTML transcript's cites)
 *   2, anonymous voices (`Speaker 1`) 1, none 0. With clean text (plain text or a summary page)
 *   the names come from the text, so any voice counts 1 there: voices still split and place turns.
 * - Precision: every word timed (a word-level transcript's parts) 2, timed cues 1, turns timed
 *   to the second with no ends (an HTML transcript) 0.
 *
 * Without clean text, names rank first (the captions are the whole transcript and a reader wants
 * names); with it, any voices first, then precision, then names.
 *
 * @param doc A caption document.
 * @param hasCleanText Whether the episode has plain text or a summary page to give the words.
 */
export function captionRank(doc: CaptionDoc, hasCleanText: boolean): number[] {
  // Hand-made documents reach pickSources unsanitised: read the cues defensively.
  const cues = Array.isArray(doc.cues) ? doc.cues : [];
  const voices = cues.flatMap((c) => (c.voice !== undefined ? [c.voice] : []));
  const named = voices.some((v) => !isAnonymousVoice(v));
  const voiced = voices.length > 0 ? 1 : 0;
  const precision = doc.format === "html-transcript" ? 0 : cues.some((c) => c.parts) ? 2 : 1;
  return hasCleanText ? [voiced, precision, named ? 1 : 0] : [named ? 2 : voiced, precision];
}

/** Compares two ranks: negative when `a` ranks higher. */
export function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
