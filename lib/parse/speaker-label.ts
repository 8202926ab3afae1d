import { namedLabelFinder, withNamedLabels } from "./named-label";
import type { TextTurn } from "./types";
import { collapseWhitespace } from "./text-lines";

/** A capitalised word of a speaker name: `Tim`, `O’Brien`, `Jean-Luc`. */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`;

/**
 * Speaker labels (`Malcolm Gladwell: `, `Tim Harford: `, `Speaker 1: `): one to four
 * capitalised words (letters, apostrophes, hyphens; later words may be a number), preceded by
 * the start of the text or whitespace, followed by `:` and whitespace (or the end).
 * A lowercase word breaks a label, so "Hugging Face and watsonx: why" has none. Group 1 is the
 * name. The regex is global: use it with `matchAll`.
 */
export const SPEAKER_LABEL = new RegExp(
  String.raw`(?<=^|\s)(${WORD}(?:[ \u00A0](?:${WORD}|\d{1,3})){0,3}):(?=\s|$)`,
  "gu",
);

/** One label found in a text: `start`/`end` are UTF-16 offsets of `Name:` (end after the colon). */
export interface SpeakerLabelMatch {
  name: string;
  start: number;
  end: number;
}

/** Every speaker label in `text`, in order. */
export function findSpeakerLabels(text: string): SpeakerLabelMatch[] {
  const found: SpeakerLabelMatch[] = [];
  for (const m of text.matchAll(SPEAKER_LABEL)) {
    const name = (m[1] ?? "").replace(/\u00A0/g, " ");
    found.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** A piece of text to split into turns; `lineAt` maps an offset in `text` to a 1-based line. */
export interface TurnSegment {
  text: string;
  lineAt: (offset: number) => number;
}

/**
 * Splits consecutive segments into speaker turns at speaker labels: `Name:` labels, and the
 * names they give written as labels in other forms (`JEFF BOUDIER Yeah`, see
 * `findNamedLabels`). Text before the first label becomes a turn without speaker. Label words are removed; every other word is kept
 * once, in order, with whitespace collapsed. Each turn's `line` is the line of its label
 * (or of its first word for the unlabelled turn).
 */
export function splitTurns(segments: TurnSegment[]): TextTurn[] {
  const turns: TextTurn[] = [];
  let current: { speaker?: string; parts: string[]; line: number } | undefined;
  const flush = (): void => {
    if (!current) return;
    const text = collapseWhitespace(current.parts.join(" "));
    if (current.speaker !== undefined) turns.push({ speaker: current.speaker, text, line: current.line });
    else if (text) turns.push({ text, line: current.line });
  };
  const generic = refineLabels(segments.map((seg) => findSpeakerLabels(seg.text)));
  // One finder for every segment: building it (spellings, one pattern) per segment made a long
  // transcript's parse quadratic in its number of turns.
  const findNamed = namedLabelFinder(generic.flat().map((l) => l.name));
  const found = generic.map((labels, k) => withNamedLabels(labels, findNamed(segments[k]?.text ?? "")));
  segments.forEach((seg, k) => {
    let pos = 0;
    const take = (end: number): void => {
      const piece = seg.text.slice(pos, end);
      if (!current) {
        const lead = piece.search(/\S/);
        if (lead === -1) return;
        current = { parts: [], line: seg.lineAt(pos + lead) };
      }
      current.parts.push(piece);
    };
    for (const label of found[k] ?? []) {
      take(label.start);
      flush();
      current = { speaker: label.name, parts: [], line: seg.lineAt(label.start) };
      pos = label.end;
    }
    take(seg.text.length);
  });
  flush();
  return normaliseSpeakerNames(turns);
}

/**
 * Drops leading words a label took from the sentence before it ("Then Ann Lee:" → "Ann Lee:")
 * when the shorter name is used as a label at least as often elsewhere in the document.
 */
function refineLabels(perSegment: SpeakerLabelMatch[][]): SpeakerLabelMatch[][] {
  const counts = new Map<string, number>();
  for (const label of perSegment.flat()) counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  return perSegment.map((labels) =>
    labels.map((label) => {
      const words = label.name.split(" ");
      for (let k = 1; k < words.length; k++) {
        const suffix = words.slice(k).join(" ");
        if ((counts.get(suffix) ?? 0) >= (counts.get(label.name) ?? 0)) {
          return { name: suffix, start: label.end - suffix.length - 1, end: label.end };
        }
      }
      return label;
    }),
  );
}

/**
 * Gives an all-capitals label (`TIM HARFORD`) the spelling used by another label of the same
 * name in the document (`Tim Harford`), so one person has one name.
 */
export function normaliseSpeakerNames(turns: TextTurn[]): TextTurn[] {
  const spelling = new Map<string, string>();
  for (const t of turns) {
    if (t.speaker === undefined || t.speaker === t.speaker.toUpperCase()) continue;
    const key = t.speaker.toLowerCase();
    if (!spelling.has(key)) spelling.set(key, t.speaker);
  }
  return turns.map((t) => {
    if (t.speaker === undefined) return t;
    const better = spelling.get(t.speaker.toLowerCase());
    return better && better !== t.speaker ? { ...t, speaker: better } : t;
  });
}
