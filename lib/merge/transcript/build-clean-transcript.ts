import type { Transcript, Word } from "../../model/episode-schema";
import type { TextTurn } from "../../parse/types";
import { IDENTITY, type LinearClock } from "../clock/linear-clock";
import { buildSpeakers, type SpeakerTable } from "../speakers/build-speakers";
import { buildTurns, type TurnDraft } from "./build-turns";
import { mapChunks, type ChunkAnchor } from "../clock/map-chunks";
import type { MergeContext, TranscriptBuild } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import { knownSpeakerNames, relabelTurns } from "../speakers/relabel-turns";
import { repairWraps } from "../text/repair-wraps";
import { splitByVoices } from "../speakers/split-by-voices";
import { splitWords } from "../text/split-words";
import { timeFromCaptions } from "./use-captions";
import { timeWordsFromChunks } from "../timing/timed-words";
import { transcriptTiming } from "../timing/transcript-timing";

/**
 * Build the transcript from clean text (plain text or summary turns): words and
 * turn boundaries from the clean text; times from captions (aligned + fitted
 * clock) or else from summary chunks (coarse); caption voices named by shared
 * words; caption-only material kept as outside.
 * @param cleanId source id of the clean text
 * @param turns the clean turns (title line already removed)
 * @param picked all chosen sources
 * @param ctx merge state (ids, used log, warnings, manifest overrides)
 */
export function buildCleanTranscript(
  cleanId: string,
  cleanTurns: readonly TextTurn[],
  picked: PickedSources,
  ctx: MergeContext,
): TranscriptBuild {
  const turns = relabelTurns(cleanTurns, knownSpeakerNames(picked, ctx.overrides), cleanId, ctx.warnings);
  const clean: Array<{ text: string; note: boolean }> = [];
  let speakerOfWord: Array<string | undefined> = [];
  let turnOfWord: number[] = [];
  let dropped = new Set<number>();
  const names: string[] = [];
  repairWraps(cleanId, turns, picked, ctx.warnings).forEach((turn, t) => {
    const speaker = turn.speaker?.trim() || undefined;
    if (speaker !== undefined && !names.includes(speaker)) names.push(speaker);
    for (const piece of splitWords(turn.text)) {
      clean.push(piece);
      speakerOfWord.push(speaker);
      turnOfWord.push(t);
    }
  });
  ctx.log.add(cleanId, "words");
  if (names.length > 0) ctx.log.add(cleanId, "names");
  const summary = picked.summary;
  let anchors: ChunkAnchor[] | undefined;
  if (summary) {
    const labels = [
      ...names,
      ...summary.doc.turns.map((t) => t.speaker?.trim() ?? "").filter((n) => n && !names.includes(n)),
    ];
    anchors = mapChunks(summary.doc.chunks, labels, clean);
  }
  const caption = picked.caption;
  let words: Word[];
  let table: SpeakerTable;
  let makeOutside: () => Transcript["outside"] = () => [];
  let captionClock: LinearClock | undefined;
  const times: string[] = [];
  let fallback: "aligned" | "coarse" = "aligned";
  if (caption) {
    const used = timeFromCaptions(caption, clean, speakerOfWord, names, cleanId, picked, anchors, ctx);
    ({ words, table, makeOutside } = used);
    captionClock = used.clock;
    times.push(...used.times);
    const lineOfTurn = (t: number): number => turns[t]?.line ?? 0;
    const split = splitByVoices({
      words: clean,
      turnOfWord,
      speakerOfWord,
      heardAs: used.heardAs,
      lineOfTurn,
      source: cleanId,
    });
    ({ turnOfWord, speakerOfWord, dropped } = split);
    ctx.warnings.push(...split.warnings);
  } else {
    table = buildSpeakers({ names, namesSource: cleanId, voices: [], overrides: ctx.overrides });
    if (summary && anchors && anchors.length > 0) {
      words = timeWordsFromChunks(clean, anchors, IDENTITY, summary.doc.duration);
      times.push(summary.id);
      ctx.log.add(summary.id, "times");
      fallback = "coarse";
    } else words = clean.map((w) => (w.note ? { text: w.text, note: true as const } : { text: w.text }));
  }
  if (table.overridden) ctx.log.add("episode.json", "names");
  for (const key of table.unmatchedOverrides)
    ctx.warnings.push({
      source: "episode.json",
      message: `Manifest speaker "${key}" matches no voice or name`,
    });
  const drafts = draftTurns(words, turnOfWord, speakerOfWord, dropped, table.idOfName);
  const main = buildTurns(drafts, ctx.ids, times.length > 0 && fallback === "aligned");
  const outside = makeOutside();
  const nameSources = names.length > 0 ? [cleanId] : [];
  if (table.speakers.some((s) => s.nameSource === "episode.json")) nameSources.push("episode.json");
  return {
    transcript: {
      timing: times.length > 0 ? transcriptTiming(main, fallback) : "none",
      provenance: { words: [cleanId], names: nameSources, times },
      turns: main,
      outside,
    },
    speakers: table.speakers,
    ...(captionClock ? { captionClock } : {}),
    ...(anchors ? { anchors } : {}),
  };
}

/** Words grouped into turn drafts by `turnOfWord`, leaving out the `dropped` words. */
function draftTurns(
  words: readonly Word[],
  turnOfWord: readonly number[],
  speakerOfWord: ReadonlyArray<string | undefined>,
  dropped: ReadonlySet<number>,
  idOfName: ReadonlyMap<string, string>,
): TurnDraft[] {
  const drafts: TurnDraft[] = [];
  let lastTurn: number | undefined;
  words.forEach((w, i) => {
    if (dropped.has(i)) return;
    const last = drafts[drafts.length - 1];
    const turn = turnOfWord[i];
    if (last && lastTurn === turn) last.words.push(w);
    else {
      const name = speakerOfWord[i];
      const speakerId = name !== undefined ? idOfName.get(name) : undefined;
      drafts.push({ ...(speakerId !== undefined ? { speakerId } : {}), words: [w] });
    }
    lastTurn = turn;
  });
  return drafts;
}
