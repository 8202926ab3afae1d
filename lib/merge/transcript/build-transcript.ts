import type { TextTurn } from "../../parse/types";
import type { MergeContext, TranscriptBuild } from "../merge-context";
import { isTitleTurn, type SeenTitle } from "../outline/collect-titles";
import type { PickedSources } from "../pick-sources";
import { buildCaptionTranscript } from "./build-caption-transcript";
import { buildCleanTranscript } from "./build-clean-transcript";

/** What {@link buildTranscript} reads. */
export interface TranscriptInput {
  picked: PickedSources;
  /** Titles seen so far; a summary page's title line is added here when it leaves the transcript. */
  titles: SeenTitle[];
  ctx: MergeContext;
}

const hasWords = (turns: readonly TextTurn[]): boolean => turns.some((t) => t.text.trim() !== "");

/**
 * The transcript stage: clean words win (plain text, else the summary page's
 * turns, minus a title line), timed and voiced by the captions; without clean
 * text, the captions alone; without either, an empty untimed transcript.
 * @param input the chosen sources, the titles and the merge state
 */
export function buildTranscript({ picked, titles, ctx }: TranscriptInput): TranscriptBuild {
  if (picked.plain && hasWords(picked.plain.doc.turns))
    return buildCleanTranscript({ cleanId: picked.plain.id, turns: picked.plain.doc.turns, picked, ctx });
  if (picked.summary && hasWords(picked.summary.doc.turns)) {
    let turns = picked.summary.doc.turns;
    const first = turns[0];
    if (first && isTitleTurn(turns, titles)) {
      titles.push({ text: first.text.replace(/\s+/gu, " ").trim(), source: picked.summary.id });
      turns = turns.slice(1);
    }
    return buildCleanTranscript({ cleanId: picked.summary.id, turns, picked, ctx });
  }
  if (picked.caption) return buildCaptionTranscript(picked.caption.id, picked.caption.doc, ctx);
  return {
    transcript: { timing: "none", provenance: { words: [], names: [], times: [] }, turns: [], outside: [] },
    speakers: [],
  };
}
