import type { CaptionDoc } from "../../parse/types";
import { IDENTITY } from "../clock/linear-clock";
import { draftsByVoice } from "./build-outside";
import { buildSpeakers, isAnonymousVoice } from "../speakers/build-speakers";
import { recordOverrides } from "../speakers/name-speakers";
import type { MergeContext, TranscriptBuild } from "../merge-context";
import { buildTurns } from "./build-turns";
import { captionWordsOf } from "../timing/caption-words";
import { timeCaptionOnlyWords } from "../timing/timed-words";
import { transcriptTiming } from "../timing/transcript-timing";

/**
 * Transcript from captions alone (no clean text): words as transcribed, turns
 * at voice changes, anonymous voices as unnamed speakers (`voice-N`, label
 * "Speaker N"), a real name in `<v …>` kept as the name. The caption clock is the
 * episode clock; cue starts are `exact`, other words `estimated`.
 * @param id the caption source id
 * @param doc the caption document
 * @param ctx merge state
 */
export function buildCaptionTranscript(id: string, doc: CaptionDoc, ctx: MergeContext): TranscriptBuild {
  const captionWords = captionWordsOf(doc.cues);
  const voices: string[] = [];
  for (const c of captionWords) if (c.voice !== undefined && !voices.includes(c.voice)) voices.push(c.voice);
  const table = buildSpeakers({
    names: [],
    voices: voices.map((voice) => ({ voice, shared: 0, aligned: 0, words: 0 })),
    captionSource: id,
    overrides: ctx.overrides,
  });
  recordOverrides(table, ctx);
  const words = timeCaptionOnlyWords(captionWords, IDENTITY);
  const turns = buildTurns(
    draftsByVoice(
      words,
      captionWords.map((c) => c.voice),
      table.idOfVoice,
    ),
    ctx.ids,
    true,
  );
  if (captionWords.length > 0) ctx.log.add(id, "words", "times");
  const named = voices.some((v) => !isAnonymousVoice(v));
  if (named) ctx.log.add(id, "names");
  const unnamed = table.speakers.filter((s) => s.name === undefined).map((s) => s.label);
  if (unnamed.length > 0)
    ctx.warnings.push({
      source: id,
      message: `No clean text to name the caption voices: ${unnamed.join(", ")} left unnamed`,
    });
  const names: string[] = named ? [id] : [];
  if (table.speakers.some((s) => s.nameSource === "episode.json")) names.push("episode.json");
  const timed = turns.length > 0;
  return {
    transcript: {
      timing: timed ? transcriptTiming(turns, "exact") : "none",
      provenance: { words: timed ? [id] : [], names, times: timed ? [id] : [] },
      turns,
      outside: [],
    },
    speakers: table.speakers,
    captionClock: IDENTITY,
  };
}
