import type { CaptionAlignment } from "../align/align-captions";
import type { MergeContext } from "../merge-context";
import { buildSpeakers, type SpeakerTable } from "./build-speakers";
import { nameVoices } from "./name-voices";

/** The clean text's speakers, as the speakers stage needs them. */
export interface CleanSpeakers {
  /** Distinct clean `Name:` labels, in order of first appearance. */
  names: readonly string[];
  /** Clean word → its clean speaker name. */
  speakerOfWord: ReadonlyArray<string | undefined>;
  /** Source id of the clean text. */
  source: string;
}

/** What {@link nameSpeakers} needs: the clean names, and the captions when they were aligned. */
export interface NameSpeakersInput {
  clean: CleanSpeakers;
  /** The caption alignment and the caption source id, when captions timed the words. */
  captions?: { alignment: CaptionAlignment; source: string };
  ctx: MergeContext;
}

/** The speaker table, plus how the captions heard each clean word. */
export interface NamedSpeakers {
  table: SpeakerTable;
  /** Clean word → the name given to the caption voice it aligned with (unaligned, unnamed: undefined). */
  heardAs: Array<string | undefined>;
}

/**
 * The speakers stage: caption voices are named by the clean names they share
 * aligned words with ({@link nameVoices}), then one speaker table is built from
 * the clean names, the voices and the manifest's overrides. Records "voices" on
 * the captions when a voice got a name, and warns for each voice left unnamed.
 * @param input clean names, the caption alignment (if any) and the merge state
 */
export function nameSpeakers({ clean, captions, ctx }: NameSpeakersInput): NamedSpeakers {
  if (!captions) {
    const table = buildSpeakers({
      names: clean.names,
      namesSource: clean.source,
      voices: [],
      overrides: ctx.overrides,
    });
    return { table, heardAs: [] };
  }
  const { alignment, source } = captions;
  const voices = nameVoices(clean.speakerOfWord, alignment.captionOfWord, alignment.captionWords);
  const table = buildSpeakers({
    names: clean.names,
    namesSource: clean.source,
    voices,
    captionSource: source,
    overrides: ctx.overrides,
  });
  if (voices.some((v) => v.name !== undefined)) ctx.log.add(source, "voices");
  for (const v of voices) {
    if (table.speakers.find((s) => s.voices.includes(v.voice))?.name === undefined)
      ctx.warnings.push({
        source,
        message: `Voice "${v.voice}" matches no named speaker (${v.shared} of ${v.aligned} aligned words); left unnamed`,
      });
  }
  const nameOfVoice = new Map(voices.map((v) => [v.voice, v.name]));
  const heardAs = Array.from(alignment.captionOfWord, (c) => {
    const voice = c >= 0 ? alignment.captionWords[c]?.voice : undefined;
    return voice !== undefined ? nameOfVoice.get(voice) : undefined;
  });
  return { table, heardAs };
}

/**
 * Records what the manifest's speaker overrides did: "names" on episode.json
 * when one changed a name or role, a warning for each key that matched nobody.
 * @param table the built speaker table
 * @param ctx the merge state
 */
export function recordOverrides(table: SpeakerTable, ctx: MergeContext): void {
  for (const key of table.unmatchedOverrides)
    ctx.warnings.push({
      source: "episode.json",
      message: `Manifest speaker "${key}" matches no voice or name`,
    });
  if (table.overridden) ctx.log.add("episode.json", "names");
}
