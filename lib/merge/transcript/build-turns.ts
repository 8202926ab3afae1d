import {
  sentenceTiming,
  type Paragraph,
  type Sentence,
  type Turn,
  type Word,
} from "../../model/episode-schema";
import { IdAllocator, timeId } from "./allocate-id";
import { splitSentences } from "../text/split-sentences";

/** A speaker turn before sentence/paragraph structure is added. */
export interface TurnDraft {
  speakerId?: string;
  /** Words in order, times (if any) in seconds on the episode clock. */
  words: Word[];
}

/** Id allocators shared by everything in one episode's transcript (incl. outside material). */
export interface TranscriptIds {
  turns: IdAllocator;
  paragraphs: IdAllocator;
  sentences: IdAllocator;
  /** Running counts used for untimed ids. */
  count: { turns: number; paragraphs: number; sentences: number };
}

/** Fresh id state for one episode. */
export function createTranscriptIds(): TranscriptIds {
  return {
    turns: new IdAllocator(),
    paragraphs: new IdAllocator(),
    sentences: new IdAllocator(),
    count: { turns: 0, paragraphs: 0, sentences: 0 },
  };
}

/** Pause (seconds) between sentences that starts a new paragraph when timed. */
const PAUSE = 1.5;
/** Paragraph caps: sentences / words when timed (pauses decide first), and when untimed. */
const TIMED_CAP = { sentences: 6, words: 120 };
const UNTIMED_CAP = { sentences: 4, words: 80 };

/** A sentence of these words, its span as the words give it (what the stored model derives). */
function makeSentence(words: Word[], ids: TranscriptIds): Sentence {
  const span = sentenceTiming(words);
  const id = ids.sentences.take(timeId("s", span.start, ids.count.sentences++));
  return { id, text: words.map((w) => w.text).join(" "), ...span, words };
}

function groupParagraphs(sentences: Sentence[], usePauses: boolean): Sentence[][] {
  const cap = usePauses ? TIMED_CAP : UNTIMED_CAP;
  const groups: Sentence[][] = [];
  let current: Sentence[] = [];
  let words = 0;
  for (const s of sentences) {
    const prev = current[current.length - 1];
    const pause =
      usePauses && prev?.end !== undefined && s.start !== undefined ? s.start - prev.end >= PAUSE : false;
    if (current.length > 0 && (pause || current.length >= cap.sentences || words >= cap.words)) {
      groups.push(current);
      current = [];
      words = 0;
    }
    current.push(s);
    words += s.words.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Turn drafts into model turns: sentences (ids `s-<ms>` or `s-<index>`),
 * paragraphs (`p-…`, broken at pauses ≥ 1.5 s when `usePauses`, else every
 * 4 sentences / 80 words) and turns (`t-…`). Drafts without words are skipped.
 * @param drafts speaker turns in order
 * @param ids the episode's id state (mutated)
 * @param usePauses true when word times are fine enough for pauses to mean something
 */
export function buildTurns(drafts: readonly TurnDraft[], ids: TranscriptIds, usePauses: boolean): Turn[] {
  const turns: Turn[] = [];
  for (const draft of drafts) {
    if (draft.words.length === 0) continue;
    const sentences = splitSentences(draft.words).map((ws) => makeSentence(ws, ids));
    const paragraphs: Paragraph[] = groupParagraphs(sentences, usePauses).map((group) => {
      const start = group.find((s) => s.start !== undefined)?.start;
      return {
        id: ids.paragraphs.take(timeId("p", start, ids.count.paragraphs++)),
        ...(start !== undefined ? { start } : {}),
        sentences: group,
      };
    });
    const start = sentences.find((s) => s.start !== undefined)?.start;
    let end: number | undefined;
    for (const s of sentences) if (s.end !== undefined && (end === undefined || s.end > end)) end = s.end;
    turns.push({
      id: ids.turns.take(timeId("t", start, ids.count.turns++)),
      ...(draft.speakerId !== undefined ? { speakerId: draft.speakerId } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(start !== undefined && end !== undefined ? { end: Math.max(start, end) } : {}),
      paragraphs,
    });
  }
  return turns;
}
