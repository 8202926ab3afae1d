import type { EpisodeWarning } from "../../model/episode-schema";
import type { TextTurn } from "../../parse/types";
import { countForms, joinedForm } from "./joined-forms";
import { addMissingSpaces } from "./add-missing-spaces";
import type { PickedSources } from "../pick-sources";
import { splitWords } from "./split-words";

/** The texts of the transcript variants other than the clean text `cleanId`. */
function otherVariants(cleanId: string, picked: PickedSources): string[] {
  const texts: string[] = [];
  if (picked.plain && picked.plain.id !== cleanId) texts.push(...picked.plain.doc.turns.map((t) => t.text));
  if (picked.summary && picked.summary.id !== cleanId)
    texts.push(...picked.summary.doc.turns.map((t) => t.text));
  if (picked.caption) texts.push(...picked.caption.doc.cues.map((c) => c.text));
  return texts;
}

/** Text that may hold an artifact (a cheap test that spares most turns the word-by-word pass). */
const SUSPECT = /\p{L}- \p{L}|[,;.?!]\p{L}/u;

/**
 * The source line of each word of a turn (see `TextTurn.breaks`), for word indexes asked in
 * increasing order (one pass over the breaks, however long the turn).
 */
function lineCounter(turn: TextTurn): (index: number) => number {
  const breaks = turn.breaks ?? [];
  let passed = 0;
  return (index) => {
    while (passed < breaks.length && (breaks[passed] ?? Infinity) <= index) passed++;
    return turn.line + passed;
  };
}

/**
 * Repairs the artifacts line wrapping left in one turn: a word split at its hyphen by a space
 * (`game- changing` → `game-changing`, only when `forms()` shows the joined form) and a space
 * lost after punctuation (`models,to` → `models, to`). Notes and every other word are kept as
 * written. Each repair is reported through `warn` with the line of the repaired word.
 */
function repairTurn(
  turn: TextTurn,
  forms: () => ReadonlyMap<string, number>,
  warn: (line: number, message: string) => void,
): TextTurn {
  if (!SUSPECT.test(turn.text)) return turn;
  const pieces = splitWords(turn.text);
  const lineOf = lineCounter(turn);
  const out: string[] = [];
  let index = 0;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] ?? { text: "", note: false };
    const next = pieces[k + 1];
    const line = lineOf(index);
    index += piece.text.split(" ").length;
    if (piece.note) {
      out.push(piece.text);
      continue;
    }
    let word = piece.text;
    const joined =
      word.endsWith("-") && next && !next.note ? joinedForm(word, next.text, forms()) : undefined;
    if (joined !== undefined && next) {
      warn(
        line,
        `Line-wrap artifact: "${word} ${next.text}" joined as "${joined}", as the sources write it elsewhere`,
      );
      word = joined;
      index += 1;
      k++;
    }
    const spaced = addMissingSpaces(word);
    if (spaced !== word) warn(line, `Missing space after punctuation: "${word}" written as "${spaced}"`);
    out.push(spaced);
  }
  const text = out.join(" ");
  return text === turn.text
    ? turn
    : { ...(turn.speaker !== undefined ? { speaker: turn.speaker } : {}), text, line: turn.line };
}

/** What {@link repairWraps} reads and where it warns. */
export interface RepairInput {
  /** Source id of the clean text. */
  cleanId: string;
  turns: readonly TextTurn[];
  /** All chosen sources (the other variants). */
  picked: PickedSources;
  warnings: EpisodeWarning[];
}

/**
 * Repairs line-wrap artifacts of the clean text (see `repairTurn`), judging a split word by the
 * joined forms the rest of the clean text and the other transcript variants (summary page,
 * captions) write. Each repair is recorded in `warnings` with the clean source and its line.
 * A repaired turn drops `breaks` (its word indexes changed); the others are returned as they are.
 *
 * @param input the clean text's source id and turns, all chosen sources (the other variants)
 *   and the merge's warnings (appended to)
 */
export function repairWraps({ cleanId, turns, picked, warnings }: RepairInput): TextTurn[] {
  let forms: Map<string, number> | undefined;
  const getForms = (): Map<string, number> =>
    (forms ??= countForms([...turns.map((t) => t.text), ...otherVariants(cleanId, picked)]));
  const warn = (line: number, message: string): void => {
    warnings.push({ source: cleanId, line, message });
  };
  return turns.map((turn) => repairTurn(turn, getForms, warn));
}
