import type { Transcript, Word } from "../../model/episode-schema";
import type { TextTurn } from "../../parse/types";
import { IDENTITY, type LinearClock } from "../clock/linear-clock";
import { mapChunks, type ChunkAnchor } from "../clock/map-chunks";
import type { MergeContext, TranscriptBuild } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import type { SpeakerTable } from "../speakers/build-speakers";
import { nameSpeakers, recordOverrides } from "../speakers/name-speakers";
import { splitByVoices } from "../speakers/split-by-voices";
import { buildCleanText, type CleanText } from "../text/build-clean-text";
import { timeWordsFromChunks } from "../timing/timed-words";
import { transcriptTiming } from "../timing/transcript-timing";
import { buildTurns, type TurnDraft } from "./build-turns";
import { takeFromCaptions } from "./take-from-captions";

/** What {@link buildCleanTranscript} reads. */
export interface CleanTranscriptInput {
  /** Source id of the clean text (plain text or summary page). */
  cleanId: string;
  /** The clean turns (a summary page's title line already removed). */
  turns: readonly TextTurn[];
  picked: PickedSources;
  ctx: MergeContext;
}

/** Words with their speakers and where their times came from. */
interface TimedText {
  words: Word[];
  table: SpeakerTable;
  times: string[];
  fallback: "aligned" | "coarse";
  makeOutside: () => Transcript["outside"];
  captionClock?: LinearClock;
}

/**
 * Build the transcript from clean text (plain text or summary turns), stage by
 * stage: clean text → summary chunks located in it (clock anchors) → times and
 * speakers from the captions (aligned, voices named by shared words, turns split
 * where the captions hear another named voice) or else coarse times from the
 * summary chunks → turns. Caption-only material is kept as outside.
 * @param input the clean source and turns, all chosen sources and the merge state
 */
export function buildCleanTranscript({ cleanId, turns, picked, ctx }: CleanTranscriptInput): TranscriptBuild {
  const text = buildCleanText({ source: cleanId, turns, picked, ctx });
  const summary = picked.summary;
  const anchors = summary
    ? mapChunks(summary.doc.chunks, chunkLabels(text, summary.doc.turns), text.words)
    : undefined;
  let dropped = new Set<number>();
  let timed: TimedText;
  if (picked.caption) {
    const used = takeFromCaptions({ text, caption: picked.caption, summaryId: summary?.id, anchors, ctx });
    timed = { ...used, fallback: "aligned", captionClock: used.clock };
    const split = splitByVoices({
      words: text.words,
      turnOfWord: text.turnOfWord,
      speakerOfWord: text.speakerOfWord,
      heardAs: used.heardAs,
      lineOfTurn: (t) => text.turns[t]?.line ?? 0,
      source: cleanId,
    });
    ({ turnOfWord: text.turnOfWord, speakerOfWord: text.speakerOfWord, dropped } = split);
    ctx.warnings.push(...split.warnings);
  } else timed = timeFromChunks({ text, anchors, summary, ctx });
  recordOverrides(timed.table, ctx);
  const drafts = draftTurns({ text, words: timed.words, dropped, idOfName: timed.table.idOfName });
  const main = buildTurns(drafts, ctx.ids, timed.times.length > 0 && timed.fallback === "aligned");
  const nameSources = text.names.length > 0 ? [cleanId] : [];
  if (timed.table.speakers.some((s) => s.nameSource === "episode.json")) nameSources.push("episode.json");
  return {
    transcript: {
      timing: timed.times.length > 0 ? transcriptTiming(main, timed.fallback) : "none",
      provenance: { words: [cleanId], names: nameSources, times: timed.times },
      turns: main,
      outside: timed.makeOutside(),
    },
    speakers: timed.table.speakers,
    ...(timed.captionClock ? { captionClock: timed.captionClock } : {}),
    ...(anchors ? { anchors } : {}),
  };
}

/** Labels to strip from summary chunks: the clean names, then the summary's own speakers. */
function chunkLabels(text: CleanText, summaryTurns: readonly TextTurn[]): string[] {
  const extra = summaryTurns.map((t) => t.speaker?.trim() ?? "").filter((n) => n && !text.names.includes(n));
  return [...text.names, ...extra];
}

interface ChunkTimingInput {
  text: CleanText;
  anchors: ChunkAnchor[] | undefined;
  summary: PickedSources["summary"];
  ctx: MergeContext;
}

/** Without captions: speakers from the clean names, coarse times from the summary chunks (if any). */
function timeFromChunks({ text, anchors, summary, ctx }: ChunkTimingInput): TimedText {
  const { table } = nameSpeakers({ clean: text, ctx });
  const none = (): Transcript["outside"] => [];
  if (!summary || !anchors || anchors.length === 0) {
    const words = text.words.map((w) => (w.note ? { text: w.text, note: true as const } : { text: w.text }));
    return { words, table, times: [], fallback: "aligned", makeOutside: none };
  }
  const duration = summary.doc.duration;
  const words = timeWordsFromChunks({ clean: text.words, anchors, clock: IDENTITY, duration });
  ctx.log.add(summary.id, "times");
  return { words, table, times: [summary.id], fallback: "coarse", makeOutside: none };
}

interface DraftInput {
  text: CleanText;
  /** The timed words, one per clean word. */
  words: readonly Word[];
  dropped: ReadonlySet<number>;
  idOfName: ReadonlyMap<string, string>;
}

/** Words grouped into turn drafts by the clean turn of each word, leaving out the `dropped` words. */
function draftTurns({ text, words, dropped, idOfName }: DraftInput): TurnDraft[] {
  const drafts: TurnDraft[] = [];
  let lastTurn: number | undefined;
  words.forEach((w, i) => {
    if (dropped.has(i)) return;
    const last = drafts[drafts.length - 1];
    const turn = text.turnOfWord[i];
    if (last && lastTurn === turn) last.words.push(w);
    else {
      const name = text.speakerOfWord[i];
      const speakerId = name !== undefined ? idOfName.get(name) : undefined;
      drafts.push({ ...(speakerId !== undefined ? { speakerId } : {}), words: [w] });
    }
    lastTurn = turn;
  });
  return drafts;
}
