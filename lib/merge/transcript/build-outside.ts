import type { Transcript, Word } from "../../model/episode-schema";
import { applyClock, isIdentity, type ClockMap } from "../clock/apply-clock";
import { IDENTITY } from "../clock/linear-clock";
import { buildTurns, type TranscriptIds, type TurnDraft } from "./build-turns";
import type { OutsideRun } from "../align/find-outside";
import type { CaptionWord } from "../timing/caption-words";
import { timeCaptionOnlyWords } from "../timing/timed-words";

/** Labels shown for outside material. */
export const OUTSIDE_LABELS = {
  promo: "Audio release promo — not in the video",
  extra: "Only in the captions — not in the clean text",
} as const;

/**
 * Group caption words into turns at voice changes (a missing voice continues the
 * current turn).
 * @param words caption words with times already on the episode clock
 * @param voices the caption voice of each word
 * @param idOfVoice voice → speaker id
 */
export function draftsByVoice(
  words: readonly Word[],
  voices: readonly (string | undefined)[],
  idOfVoice: ReadonlyMap<string, string>,
): TurnDraft[] {
  const drafts: TurnDraft[] = [];
  let voice: string | undefined;
  words.forEach((w, i) => {
    const v = voices[i];
    const last = drafts[drafts.length - 1];
    if (last && (v === undefined || v === voice)) {
      last.words.push(w);
      return;
    }
    voice = v;
    const speakerId = v !== undefined ? idOfVoice.get(v) : undefined;
    drafts.push({ ...(speakerId !== undefined ? { speakerId } : {}), words: [w] });
  });
  return drafts;
}

/** What {@link buildOutside} turns into transcript entries. */
export interface OutsideInput {
  /** Caption word ranges the clean text lacks. */
  runs: readonly OutsideRun[];
  /** Caption words (caption clock). */
  captionWords: readonly CaptionWord[];
  /** Caption clock → episode clock. */
  clock: ClockMap;
  /** Voice → speaker id. */
  idOfVoice: ReadonlyMap<string, string>;
  /** The caption source id. */
  sourceId: string;
  /** The episode's id state (mutated). */
  ids: TranscriptIds;
}

/**
 * Outside material as transcript entries (id `outside-<n>`), each with its own
 * turns, times on the episode clock (may be negative). Word times are the cue
 * times mapped through `clock`: `exact` for cue starts only when the clock is
 * the identity, else `estimated`.
 * @param input the runs, the caption words, their clock, the speakers, the source and the ids
 */
export function buildOutside({
  runs,
  captionWords,
  clock,
  idOfVoice,
  sourceId,
  ids,
}: OutsideInput): Transcript["outside"] {
  const identity = isIdentity(clock);
  return runs.flatMap((run, k) => {
    const slice = captionWords.slice(run.from, run.to);
    let words = applyClock(timeCaptionOnlyWords(slice, IDENTITY), clock);
    if (!identity) words = words.map((w) => (w.timing === "exact" ? { ...w, timing: "estimated" } : w));
    const turns = buildTurns(
      draftsByVoice(
        words,
        slice.map((c) => c.voice),
        idOfVoice,
      ),
      ids,
      true,
    );
    if (turns.length === 0) return [];
    return [{ id: `outside-${k + 1}`, label: OUTSIDE_LABELS[run.kind], source: sourceId, turns }];
  });
}
