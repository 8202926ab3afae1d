import type { Transcript, Word } from "../../model/episode-schema";
import type { CaptionDoc } from "../../parse/types";
import { alignCaptions, type CaptionAlignment } from "../align/align-captions";
import type { LinearClock } from "../clock/linear-clock";
import type { ChunkAnchor } from "../clock/map-chunks";
import type { MergeContext } from "../merge-context";
import type { Picked } from "../pick-sources";
import { nameSpeakers, type NamedSpeakers } from "../speakers/name-speakers";
import type { CleanText } from "../text/build-clean-text";
import { buildOutside } from "./build-outside";

/** Below this share of clean tokens matched, a warning is raised (0..1). */
const LOW_ALIGNMENT = 0.6;

/** What {@link takeFromCaptions} reads. */
export interface CaptionsInput {
  text: CleanText;
  /** The chosen caption source. */
  caption: Picked<CaptionDoc>;
  /** The summary page's id, when there is one (its video is the episode clock). */
  summaryId: string | undefined;
  /** Summary chunk starts in the clean words (video seconds), if any. */
  anchors: ChunkAnchor[] | undefined;
  ctx: MergeContext;
}

/** What the clean transcript takes from the captions. */
export interface CaptionUse extends NamedSpeakers {
  /** Clean words timed on the episode clock (seconds). */
  words: Word[];
  /** Builds the outside entries (called after the main turns so they keep the plain ids). */
  makeOutside: () => Transcript["outside"];
  /** Caption clock → episode clock (linear part). */
  clock: LinearClock;
  /** Source ids the times came from. */
  times: string[];
}

/**
 * The caption path of the clean transcript, stage by stage: align the clean
 * words with the captions and fit the caption clock (align, clock), name the
 * caption voices and build the speakers (speakers), then report how well the
 * captions matched. Each stage records its own provenance and warnings.
 * @param input the clean text, the captions, the summary page's id, the chunk anchors, the merge state
 */
export function takeFromCaptions({ text, caption, summaryId, anchors, ctx }: CaptionsInput): CaptionUse {
  const alignment = alignCaptions(text.words, caption.doc, anchors);
  const times = recordClock(alignment, { captionId: caption.id, summaryId, ctx });
  const named = nameSpeakers({ clean: text, captions: { alignment, source: caption.id }, ctx });
  reportAlignment(alignment, caption.id, ctx);
  const makeOutside = (): Transcript["outside"] => {
    const outside = buildOutside({
      runs: alignment.outside.runs,
      captionWords: alignment.captionWords,
      clock: alignment.map,
      idOfVoice: named.table.idOfVoice,
      sourceId: caption.id,
      ids: ctx.ids,
    });
    if (outside.length > 0) ctx.log.add(caption.id, "outside");
    return outside;
  };
  return { words: alignment.words, ...named, makeOutside, clock: alignment.clock, times };
}

/**
 * Records where the times came from: the captions always, the summary page too
 * when its chunks fitted the captions' clock (else a warning: the caption clock
 * stands in for the episode clock).
 * @returns the source ids of the times
 */
function recordClock(
  alignment: CaptionAlignment,
  { captionId, summaryId, ctx }: { captionId: string; summaryId: string | undefined; ctx: MergeContext },
): string[] {
  const times = [captionId];
  ctx.log.add(captionId, "times");
  if (alignment.fit && summaryId !== undefined) {
    times.push(summaryId);
    ctx.log.add(summaryId, "clock");
    ctx.log.add(captionId, "clock");
  } else if (summaryId !== undefined) {
    ctx.warnings.push({
      source: captionId,
      message: "No summary chunk aligned with the captions: caption times used as the episode clock",
    });
  }
  return times;
}

/** Warnings for caption words left out and for a low share of matched clean words. */
function reportAlignment(alignment: CaptionAlignment, captionId: string, ctx: MergeContext): void {
  if (alignment.outside.scattered > 0)
    ctx.warnings.push({
      source: captionId,
      message: `${alignment.outside.scattered} caption words not in the clean text were left out (clean text wins)`,
    });
  if (alignment.matchRate < LOW_ALIGNMENT)
    ctx.warnings.push({
      source: captionId,
      message: `Low alignment: only ${Math.round(alignment.matchRate * 100)}% of the clean words matched the captions`,
    });
}
