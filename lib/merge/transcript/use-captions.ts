import type { Transcript, Word } from "../../model/episode-schema";
import { alignCaptions } from "../align/align-captions";
import { buildOutside } from "./build-outside";
import { buildSpeakers, type SpeakerTable } from "../speakers/build-speakers";
import type { ChunkAnchor } from "../clock/map-chunks";
import type { MergeContext } from "../merge-context";
import type { Picked, PickedSources } from "../pick-sources";
import type { CaptionDoc } from "../../parse/types";
import type { LinearClock } from "../clock/linear-clock";

/** Below this share of clean tokens matched, a warning is raised (0..1). */
const LOW_ALIGNMENT = 0.6;

/** What the clean transcript takes from the captions. */
export interface CaptionUse {
  /** Clean words timed on the episode clock (seconds). */
  words: Word[];
  /** Speakers with the caption voices mapped to them. */
  table: SpeakerTable;
  /** Builds the outside entries (called after the main turns so they keep the plain ids). */
  makeOutside: () => Transcript["outside"];
  /** Caption clock → episode clock (linear part). */
  clock: LinearClock;
  /** Source ids the times came from. */
  times: string[];
  /** Clean word → the name given to the caption voice it aligned with (unaligned, unnamed: undefined). */
  heardAs: Array<string | undefined>;
}

/**
 * Align the clean words with the chosen caption file: word times on the episode
 * clock, the fitted clock, speakers (voices named by shared words), a builder for
 * the outside material, and the warnings/used entries this implies.
 * @param caption the chosen caption source
 * @param clean the clean words
 * @param speakerOfWord clean word index → clean speaker name
 * @param names distinct clean speaker names in order
 * @param cleanId the clean text's source id
 * @param picked all chosen sources
 * @param anchors summary chunk starts in the clean words (video seconds), if any
 * @param ctx merge state
 */
export function timeFromCaptions(
  caption: Picked<CaptionDoc>,
  clean: ReadonlyArray<{ text: string; note: boolean }>,
  speakerOfWord: ReadonlyArray<string | undefined>,
  names: readonly string[],
  cleanId: string,
  picked: PickedSources,
  anchors: ChunkAnchor[] | undefined,
  ctx: MergeContext,
): CaptionUse {
  const captionId = caption.id;
  const summary = picked.summary;
  const aligned = alignCaptions(clean, speakerOfWord, caption.doc, anchors);
  const times = [captionId];
  ctx.log.add(captionId, "times");
  if (aligned.fit && summary) {
    times.push(summary.id);
    ctx.log.add(summary.id, "clock");
    ctx.log.add(captionId, "clock");
  } else if (summary) {
    ctx.warnings.push({
      source: captionId,
      message: "No summary chunk aligned with the captions: caption times used as the episode clock",
    });
  }
  const table = buildSpeakers({
    names,
    namesSource: cleanId,
    voices: aligned.voices,
    captionSource: captionId,
    overrides: ctx.overrides,
  });
  if (aligned.voices.some((v) => v.name !== undefined)) ctx.log.add(captionId, "voices");
  for (const v of aligned.voices) {
    if (table.speakers.find((s) => s.voices.includes(v.voice))?.name === undefined)
      ctx.warnings.push({
        source: captionId,
        message: `Voice "${v.voice}" matches no named speaker (${v.shared} of ${v.aligned} aligned words); left unnamed`,
      });
  }
  const makeOutside = (): Transcript["outside"] => {
    const outside = buildOutside(
      aligned.outside.runs,
      aligned.captionWords,
      aligned.map,
      table.idOfVoice,
      captionId,
      ctx.ids,
    );
    if (outside.length > 0) ctx.log.add(captionId, "outside");
    return outside;
  };
  if (aligned.outside.scattered > 0)
    ctx.warnings.push({
      source: captionId,
      message: `${aligned.outside.scattered} caption words not in the clean text were left out (clean text wins)`,
    });
  if (aligned.matchRate < LOW_ALIGNMENT)
    ctx.warnings.push({
      source: captionId,
      message: `Low alignment: only ${Math.round(aligned.matchRate * 100)}% of the clean words matched the captions`,
    });
  const nameOfVoice = new Map(aligned.voices.map((v) => [v.voice, v.name]));
  const heardAs = Array.from(aligned.captionOfWord, (c) => {
    const voice = c >= 0 ? aligned.captionWords[c]?.voice : undefined;
    return voice !== undefined ? nameOfVoice.get(voice) : undefined;
  });
  return { words: aligned.words, table, makeOutside, clock: aligned.clock, times, heardAs };
}
