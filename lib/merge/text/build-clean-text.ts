import type { TextTurn } from "../../parse/types";
import type { MatchableWord } from "../align/match-words";
import type { MergeContext } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import { knownSpeakerNames, relabelTurns } from "../speakers/relabel-turns";
import { repairWraps } from "./repair-wraps";
import { splitWords } from "./split-words";

/** The clean text as words, each with its turn and speaker. */
export interface CleanText {
  /** Source id of the clean text. */
  source: string;
  /** The clean turns after relabelling (one per `turnOfWord` value; `line` for warnings). */
  turns: TextTurn[];
  words: MatchableWord[];
  /** Clean word → index of its turn in `turns`. */
  turnOfWord: number[];
  /** Clean word → its clean speaker name (undefined: unlabelled). */
  speakerOfWord: Array<string | undefined>;
  /** Distinct speaker names, in order of first appearance. */
  names: string[];
}

/** What {@link buildCleanText} reads. */
export interface CleanTextInput {
  /** Source id of the clean text (plain text or summary page). */
  source: string;
  /** Its turns (a summary page's title line already removed). */
  turns: readonly TextTurn[];
  picked: PickedSources;
  ctx: MergeContext;
}

/**
 * The clean-text stage: turns relabelled where a known name stands as an unread
 * label, line-wrap artifacts repaired, then split into words. Records "words"
 * (and "names" when a turn has a speaker) on the clean source.
 * @param input the clean source, its turns, all chosen sources and the merge state
 */
export function buildCleanText({ source, turns: cleanTurns, picked, ctx }: CleanTextInput): CleanText {
  const turns = relabelTurns({
    turns: cleanTurns,
    names: knownSpeakerNames(picked, ctx.overrides, ctx.peopleNames),
    source,
    warnings: ctx.warnings,
  });
  const text: CleanText = { source, turns, words: [], turnOfWord: [], speakerOfWord: [], names: [] };
  repairWraps({ cleanId: source, turns, picked, warnings: ctx.warnings }).forEach((turn, t) => {
    const speaker = turn.speaker?.trim() || undefined;
    if (speaker !== undefined && !text.names.includes(speaker)) text.names.push(speaker);
    for (const piece of splitWords(turn.text)) {
      text.words.push(piece);
      text.speakerOfWord.push(speaker);
      text.turnOfWord.push(t);
    }
  });
  ctx.log.add(source, "words");
  if (text.names.length > 0) ctx.log.add(source, "names");
  return text;
}
