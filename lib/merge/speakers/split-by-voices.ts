import type { EpisodeWarning } from "../../model/episode-schema";
import type { MatchableWord } from "../align/match-words";
import { atLine, excerpt } from "./relabel-turns";

/** Aligned words in a row heard in another named voice that make a sustained switch… */
export const MIN_SWITCH_WORDS = 8;
/** …and fewer than that but at least this many: a disagreement to warn about (fewer is noise). */
export const MIN_DISAGREE_WORDS = 3;
/** A cue boundary may be this many words off the true turn boundary (a word-late cue). */
const SLACK = 2;

const SENTENCE_END = /[.?!…]["'”’)\]]*$/u;

/** The clean words with their turns, and how the captions heard them. */
export interface VoiceSplitInput {
  words: readonly MatchableWord[];
  /** Clean word → index of its clean turn (non-decreasing). */
  turnOfWord: readonly number[];
  /** Clean word → its clean speaker name. */
  speakerOfWord: ReadonlyArray<string | undefined>;
  /** Clean word → name of the caption voice it aligned with (undefined: unaligned or unnamed). */
  heardAs: ReadonlyArray<string | undefined>;
  /** Clean turn index → its source line. */
  lineOfTurn: (turn: number) => number;
  /** The clean text's source id (for warnings). */
  source: string;
}

/** Turns after the split; `dropped` holds words that were a spoken name's label, not speech. */
export interface VoiceSplit {
  turnOfWord: number[];
  speakerOfWord: Array<string | undefined>;
  dropped: Set<number>;
  warnings: EpisodeWarning[];
}

interface Run {
  name: string;
  /** Aligned words heard in `name`'s voice, and the first and last of them. */
  heard: number;
  first: number;
  last: number;
  /** Word range [from, to) to give to `name`; absent when no sentence starts near a switch. */
  from?: number;
  to?: number;
}

/**
 * Uses the captions as a second witness of who speaks. Inside one clean turn, a run of at
 * least {@link MIN_SWITCH_WORDS} aligned words heard in another named voice becomes a turn of
 * that speaker, cut at the clean sentence starts nearest the switch (a cue may be
 * {@link SLACK} words late or early, so a boundary never moves by one); a warning with the
 * turn's line asks a person to check. A name standing unspoken at the start of such a run is
 * its label and leaves the text. Shorter runs (≥ {@link MIN_DISAGREE_WORDS}), or a switch with
 * no sentence start near it, keep the clean label and only warn.
 */
export function splitByVoices(input: VoiceSplitInput): VoiceSplit {
  const speakerOfWord = [...input.speakerOfWord];
  const cut = new Uint8Array(input.words.length);
  const dropped = new Set<number>();
  const warnings: EpisodeWarning[] = [];
  let a = 0;
  while (a < input.words.length) {
    let b = a + 1;
    while (b < input.words.length && input.turnOfWord[b] === input.turnOfWord[a]) b++;
    const turn = input.turnOfWord[a] ?? 0;
    for (const run of findRuns(input, a, b)) {
      const line = input.lineOfTurn(turn);
      const text = input.words
        .slice(run.first, run.last + 1)
        .map((w) => w.text)
        .join(" ");
      const said = `the captions hear ${run.heard} words of this turn of ${input.speakerOfWord[a] ?? ""} in the voice of ${run.name}, from "${excerpt(text)}"`;
      const { from, to } = run;
      if (run.heard < MIN_SWITCH_WORDS || from === undefined || to === undefined || to <= from) {
        const why = run.heard < MIN_SWITCH_WORDS ? "too few to be sure" : "no sentence starts at the switch";
        warnings.push({
          source: input.source,
          ...atLine(line),
          message: `Speaker unsure: ${said} (${why}); clean text's speaker kept`,
        });
        continue;
      }
      for (let i = from; i < to; i++) speakerOfWord[i] = run.name;
      cut[from] = 1;
      if (to < b) cut[to] = 1;
      const label = unspokenName(input, { name: run.name, from, to });
      for (const i of label) dropped.add(i);
      const labelWords = label.map((i) => input.words[i]?.text ?? "").join(" ");
      const read = label.length > 0 ? `; "${labelWords}" (not heard) read as its label` : "";
      warnings.push({
        source: input.source,
        ...atLine(line),
        message: `Turn split: ${said}${read}; check who says it`,
      });
    }
    a = b;
  }
  const turnOfWord: number[] = [];
  let id = 0;
  input.words.forEach((_, i) => {
    if (i > 0 && (cut[i] === 1 || input.turnOfWord[i] !== input.turnOfWord[i - 1])) id++;
    turnOfWord.push(id);
  });
  return { turnOfWord, speakerOfWord, dropped, warnings };
}

/** Runs of one other named voice inside the clean turn [a, b), with their cut points. */
function findRuns(input: VoiceSplitInput, a: number, b: number): Run[] {
  const speaker = input.speakerOfWord[a];
  if (speaker === undefined) return [];
  const heard: number[] = [];
  for (let i = a; i < b; i++) if (input.heardAs[i] !== undefined) heard.push(i);
  const runs: Run[] = [];
  let p = 0;
  while (p < heard.length) {
    const name = input.heardAs[heard[p] ?? 0];
    let q = p;
    while (q + 1 < heard.length && input.heardAs[heard[q + 1] ?? 0] === name) q++;
    if (name !== undefined && name !== speaker && q - p + 1 >= MIN_DISAGREE_WORDS) {
      const first = heard[p] ?? a;
      const last = heard[q] ?? first;
      const after = heard[q + 1];
      // A cue may be SLACK heard words late: look back over them and any unheard words (a label).
      const lo = p - SLACK - 1 >= 0 ? (heard[p - SLACK - 1] ?? a) + 1 : a;
      const from = nearestSentenceStart(input.words, [a, b], { lo, hi: first + SLACK, target: first });
      const endLo = heard[Math.max(p + 1, q - SLACK + 1)] ?? last;
      const to =
        after === undefined
          ? b
          : nearestSentenceStart(input.words, [a, b], {
              lo: endLo,
              hi: Math.max(after, last + 1 + SLACK),
              target: last + 1,
            });
      runs.push({
        name,
        heard: q - p + 1,
        first,
        last,
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
      });
    }
    p = q + 1;
  }
  return runs;
}

/** The sentence start in [lo, hi] of the turn [start, end) nearest `target` (earlier on a tie). */
function nearestSentenceStart(
  words: readonly MatchableWord[],
  [turnStart, turnEnd]: [number, number],
  { lo, hi, target }: { lo: number; hi: number; target: number },
): number | undefined {
  let best: number | undefined;
  for (let i = Math.max(lo, turnStart); i <= Math.min(hi, turnEnd - 1); i++) {
    const starts = i === turnStart || SENTENCE_END.test(words[i - 1]?.text ?? "");
    if (starts && (best === undefined || Math.abs(i - target) < Math.abs(best - target))) best = i;
  }
  return best;
}

/** The words at `from` that spell `name` and were not heard in the audio: a label, not speech. */
function unspokenName(
  input: VoiceSplitInput,
  { name, from, to }: { name: string; from: number; to: number },
): number[] {
  const parts = name.toLowerCase().split(/\s+/u);
  const out: number[] = [];
  for (let k = 0; k < parts.length; k++) {
    const i = from + k;
    const word = (input.words[i]?.text ?? "").toLowerCase().replace(/:$/u, "");
    if (i >= to || input.heardAs[i] !== undefined || word !== parts[k]) return [];
    out.push(i);
  }
  return out;
}
