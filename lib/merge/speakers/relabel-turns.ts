import type { EpisodeWarning } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import { namedLabelFinder, preferredSpellings } from "../../parse/named-label";
import type { TextTurn } from "../../parse/types";
import { collapseWhitespace } from "../../parse/text-lines";
import { isAnonymousVoice } from "./build-speakers";
import type { PickedSources } from "../pick-sources";

/**
 * The episode's known speaker names: every label of its clean texts (plain text and summary
 * page), every name in the manifest's speakers (a key that is not an anonymous voice, and each
 * `name`) and every name of its people (a feed's `podcast:person`).
 * @param picked the chosen sources
 * @param overrides the manifest's speakers
 * @param peopleNames the manifest's people's names
 */
export function knownSpeakerNames(
  picked: PickedSources,
  overrides?: Manifest["speakers"],
  peopleNames: readonly string[] = [],
): string[] {
  const names: string[] = [...peopleNames];
  for (const doc of [picked.plain?.doc, picked.summary?.doc])
    for (const t of doc?.turns ?? []) if (t.speaker !== undefined) names.push(t.speaker);
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!isAnonymousVoice(key)) names.push(key);
    if (value.name !== undefined) names.push(value.name);
  }
  return [...preferredSpellings(names).values()];
}

/** What {@link relabelTurns} reads and where it warns. */
export interface RelabelInput {
  turns: readonly TextTurn[];
  /** The known speaker names. */
  names: readonly string[];
  /** The clean text's source id (for warnings). */
  source: string;
  warnings: EpisodeWarning[];
}

/**
 * Splits clean turns where a known speaker's name stands as a label the parser could not read
 * as one, because the name comes from another document or the manifest (see
 * `findNamedLabels`: capitals without colon, any case with colon, at a turn start or after a
 * sentence end). The label words leave the text; each split is a warning on the turn's line,
 * since it rests on a name the file itself never used as a label.
 * @param input the clean turns, the known speaker names, the clean text's source id (for
 *   warnings) and where warnings go
 */
export function relabelTurns({ turns, names, source, warnings }: RelabelInput): TextTurn[] {
  if (names.length === 0) return [...turns];
  const findLabels = namedLabelFinder(names);
  const out: TextTurn[] = [];
  for (const turn of turns) {
    const labels = findLabels(turn.text);
    if (labels.length === 0) {
      out.push(turn);
      continue;
    }
    const head = turn.text.slice(0, labels[0]?.start ?? 0).trim();
    if (head !== "") out.push({ ...turn, text: head, ...linesOf(turn, 0, wordCount(head)) });
    labels.forEach((label, k) => {
      const text = collapseWhitespace(turn.text.slice(label.end, labels[k + 1]?.start ?? turn.text.length));
      const first = wordCount(turn.text.slice(0, label.end));
      const lines = linesOf(turn, first, first + wordCount(text));
      out.push({ speaker: label.name, text, ...lines });
      warnings.push({
        source,
        ...atLine(lines.line),
        message: `"${turn.text.slice(label.start, label.end)}" read as the label of ${label.name} (a speaker named elsewhere in the episode): the turn from "${excerpt(text)}" is theirs`,
      });
    });
  }
  return out;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * The source line of words [from, to) of a turn and where they move to later lines, so a turn
 * split out of another keeps the lines of its own words (`TextTurn.breaks`).
 */
function linesOf(turn: TextTurn, from: number, to: number): Pick<TextTurn, "line" | "breaks"> {
  const all = turn.breaks ?? [];
  const line = turn.line + all.filter((b) => b <= from).length;
  const breaks = all.filter((b) => b > from && b < to).map((b) => b - from);
  return breaks.length > 0 ? { line, breaks } : { line };
}

/** The first words of a text, for a warning. */
export function excerpt(text: string, words = 8): string {
  const parts = text.split(" ");
  return parts.length > words ? `${parts.slice(0, words).join(" ")}…` : text;
}

/** A warning's `line` field: only a real (1-based) line. */
export function atLine(line: number): { line?: number } {
  return Number.isInteger(line) && line > 0 ? { line } : {};
}
