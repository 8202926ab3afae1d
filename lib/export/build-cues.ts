import type { Episode, Sentence, Word } from "../model/episode-schema";
import { roundTime } from "../time/round-time";
import { getPrimaryOffset } from "../model/primary-media";
import { separateNotes } from "./spoken-text";

/** What the timed exports read: the transcript, the speakers and, for its clock, the media. */
export type CueInput = Pick<Episode, "transcript" | "speakers"> & Partial<Pick<Episode, "media">>;

/** One caption cue of an export: times are seconds on the primary media's clock (ms-rounded). */
export interface ExportCue {
  /** The sentence's id; the later parts of a split sentence add `/2`, `/3`, … */
  id: string;
  /** Seconds, ≥ 0. */
  start: number;
  /** Seconds, > `start`. */
  end: number;
  /** The speaker's name, or their label ("Speaker 2") when unnamed. */
  speaker?: string;
  /** The spoken words joined by single spaces (no notes, no markup, not escaped). */
  text: string;
  /** Editorial notes among the cue's words (`[BOO-dee-ay]`): not speech, so not in `text`. */
  notes?: string[];
}

/** Longest cue text in characters: two caption lines of {@link MAX_LINE_CHARS}. */
export const MAX_CUE_CHARS = 84;
/** Longest caption line in characters, where the words allow it. */
export const MAX_LINE_CHARS = 42;
/** Shortest cue (s): a zero-length span would be a cue that ends at its start. */
const MIN_CUE_SECONDS = 0.001;

/** Display name of each speaker id: the name, else the label. */
export function speakerNames(speakers: Episode["speakers"]): Map<string, string> {
  return new Map(speakers.map((s) => [s.id, s.name ?? s.label]));
}

/**
 * Splits a sentence's words into runs of at most `max` characters (joined by spaces) at word
 * boundaries. Runs are balanced, so a long sentence does not end in a two-word cue; a single
 * word longer than `max` gets a run of its own.
 */
export function chunkWords<W extends Pick<Word, "text">>(
  words: readonly W[],
  max: number = MAX_CUE_CHARS,
): W[][] {
  const total = words.reduce((n, w) => n + w.text.length, 0) + Math.max(0, words.length - 1);
  const parts = Math.ceil(total / max);
  const limit = parts <= 1 ? max : Math.min(max, Math.ceil(total / parts) + 8);
  const chunks: W[][] = [];
  let current: W[] = [];
  let length = 0;
  // Characters from each word to the end of the sentence: a run that can take all the rest
  // within `max` does, so no cue is left with a lone word.
  const rest: number[] = [];
  for (let i = words.length - 1, n = -1; i >= 0; i--) rest[i] = n += (words[i]?.text.length ?? 0) + 1;
  words.forEach((word, i) => {
    const grown = current.length === 0 ? word.text.length : length + 1 + word.text.length;
    if (current.length > 0 && grown > limit && length + 1 + (rest[i] ?? 0) > max) {
      chunks.push(current);
      current = [word];
      length = word.text.length;
    } else {
      current.push(word);
      length = grown;
    }
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Spans of a sentence's chunks: word times where present, else shares of the sentence by length. */
function chunkSpans(sentence: Sentence, chunks: Word[][]): { start: number; end: number }[] {
  const from = sentence.start ?? 0;
  const to = Math.max(from, sentence.end ?? from);
  const total = chunks.flat().reduce((n, w) => n + w.text.length + 1, -1) || 1;
  let offset = 0;
  return chunks.map((chunk, k) => {
    const chars = chunk.reduce((n, w) => n + w.text.length + 1, 0);
    const at = (o: number) => from + ((to - from) * Math.min(o, total)) / total;
    const firstStart = chunk.find((w) => w.start !== undefined)?.start;
    const ends = chunk.flatMap((w) => (w.end !== undefined ? [w.end] : []));
    const start = k === 0 ? from : (firstStart ?? at(offset));
    const end = k === chunks.length - 1 ? to : ends.length > 0 ? Math.max(...ends) : at(offset + chars - 1);
    offset += chars;
    return { start, end };
  });
}

/** A sentence's runs of spoken words, each with its span and the notes that follow its words. */
function sentenceChunks(sentence: Sentence, maxChars: number) {
  const { words, notes } = separateNotes(sentence.words);
  const chunks = chunkWords(words, maxChars);
  const spans = chunkSpans(sentence, chunks);
  let first = 0;
  return chunks.map((chunk, k) => {
    const last = first + chunk.length - 1;
    // A note before the first spoken word belongs to the first run.
    const mine = notes.filter((n) => Math.max(n.after, 0) >= first && Math.max(n.after, 0) <= last);
    first = last + 1;
    return { words: chunk, notes: mine.map((n) => n.text), span: spans[k] ?? { start: 0, end: 0 } };
  });
}

/**
 * The caption cues of an episode's main transcript (material in `transcript.outside` is left
 * out): one cue per timed sentence, its text the spoken words (editorial notes, which are not
 * speech, go to `notes`; a sentence of notes only gives no cue), long sentences split at word boundaries into cues of at most
 * {@link MAX_CUE_CHARS} characters timed by their words. Untimed sentences are skipped. Times are
 * made safe for strict players: cues ending at or before 0 s are dropped, earlier starts are
 * clamped to 0, starts never go backwards and every cue lasts at least 1 ms.
 *
 * @param episode The model (`transcript`, `speakers`, and `media` for the primary media's clock).
 * @param maxChars Longest cue text in characters.
 */
export function buildCues(episode: CueInput, maxChars: number = MAX_CUE_CHARS): ExportCue[] {
  const names = speakerNames(episode.speakers);
  const offset = getPrimaryOffset(episode.media);
  const cues: ExportCue[] = [];
  // Starts never go backwards (strict parsers reject that). Equal starts are kept: nudging them
  // apart would move the model's times, and players order such cues by their end.
  let minStart = 0;
  for (const turn of episode.transcript.turns) {
    const speaker = turn.speakerId !== undefined ? names.get(turn.speakerId) : undefined;
    for (const paragraph of turn.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (sentence.start === undefined) continue;
        sentenceChunks(sentence, maxChars).forEach(({ words, notes, span }, k) => {
          const end = roundTime(span.end - offset);
          if (end <= 0) return;
          const start = Math.max(roundTime(span.start - offset), minStart);
          minStart = start;
          cues.push({
            id: k === 0 ? sentence.id : `${sentence.id}/${k + 1}`,
            start,
            end: Math.max(end, roundTime(start + MIN_CUE_SECONDS)),
            ...(speaker !== undefined ? { speaker } : {}),
            text: words.map((w) => w.text).join(" "),
            ...(notes.length > 0 ? { notes } : {}),
          });
        });
      }
    }
  }
  return cues;
}

/**
 * Breaks a cue's text into at most two lines at the space that best balances them, when it is
 * longer than `maxLine` characters. Text that fits stays on one line.
 */
export function wrapCueText(text: string, maxLine: number = MAX_LINE_CHARS): string {
  if (text.length <= maxLine) return text;
  let best = -1;
  let bestWidth = Infinity;
  for (let i = text.indexOf(" "); i !== -1; i = text.indexOf(" ", i + 1)) {
    const width = Math.max(i, text.length - i - 1);
    if (width < bestWidth) {
      best = i;
      bestWidth = width;
    }
  }
  return best === -1 ? text : `${text.slice(0, best)}\n${text.slice(best + 1)}`;
}
