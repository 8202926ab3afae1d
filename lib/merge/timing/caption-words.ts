import type { Cue } from "../../parse/types";
import { splitWords } from "../text/split-words";

/** A word of a caption file with its time on the caption's own clock. */
export interface CaptionWord {
  text: string;
  /** True for a bracketed note (kept, never timed in the model). */
  note: boolean;
  /** Seconds on the caption clock, spread over the cue (or its timed part) by character length. */
  start: number;
  /** Seconds on the caption clock (≥ start). */
  end: number;
  /** The cue's voice, e.g. "Speaker 2". */
  voice?: string;
  /** Index of the cue in the document. */
  cue: number;
  /** True for the first word of its cue: its start is the cue's own start. */
  firstInCue: boolean;
  /** True when the source gives this word's start: the first word of a cue or of a timed part. */
  exact: boolean;
}

/** A stretch of text with its times: a whole cue, or one of its timed parts. */
interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * Split every cue into words and spread the cue's [start, end] over them in
 * proportion to their length in characters (+1 for the following space). A cue
 * with timed parts (a word-level transcript) spreads each part over its own
 * span instead, so each part's times are kept. Spans with a negative or
 * non-finite length are treated as instantaneous.
 * @param cues the caption's cues (seconds on its own clock)
 */
export function captionWordsOf(cues: readonly Cue[]): CaptionWord[] {
  const out: CaptionWord[] = [];
  cues.forEach((cue, index) => {
    const spans: readonly Span[] = cue.parts ?? [cue];
    const voice = cue.voice?.trim() || undefined;
    let firstInCue = true;
    for (const span of spans) {
      const pieces = splitWords(span.text);
      if (pieces.length === 0) continue;
      const start = Number.isFinite(span.start) ? span.start : 0;
      const end = Number.isFinite(span.end) && span.end > start ? span.end : start;
      const weights = pieces.map((p) => p.text.length + 1);
      const total = weights.reduce((s, w) => s + w, 0);
      const perChar = (end - start) / total;
      let cursor = 0;
      pieces.forEach((piece, k) => {
        const s = start + cursor * perChar;
        cursor += weights[k] ?? 0;
        const e = k === pieces.length - 1 ? end : start + cursor * perChar;
        const word: CaptionWord = {
          text: piece.text,
          note: piece.note,
          start: s,
          end: e,
          cue: index,
          firstInCue,
          exact: k === 0,
        };
        if (voice !== undefined) word.voice = voice;
        out.push(word);
        firstInCue = false;
      });
    }
  });
  return out;
}
