import { z } from "zod";
import type { Timing, Word } from "./transcript-schema";

/**
 * The stored (on-disk) form of a sentence's words, column by column: every word's text once,
 * its start and end as integer milliseconds, its timing as one character, and the positions of
 * its editorial notes. A column nothing in the sentence needs is left out. Every word as an
 * indented object, as version 1 stored it, made a generated one-hour episode 2.1 MB; columns make
 * it 0.34 MB (issue 15). `sentence-schema.ts` turns them into the expanded words every reader uses.
 */

/** One character per word's timing; `-` is a word without one. */
const TIMING_CODE: Record<Timing, string> = { exact: "x", aligned: "a", estimated: "e", coarse: "c" };
const NO_TIMING = "-";
const TIMING_OF = new Map(Object.entries(TIMING_CODE).map(([timing, code]) => [code, timing as Timing]));

/** Milliseconds, delta-coded (see `toColumns`); null for a word without that time. */
const msColumn = z.array(z.number().nullable());

export const sentenceColumnsShape = {
  /** The words' texts in order (at least one, none empty: `columnProblems`); the sentence's text is them joined by single spaces. */
  words: z.array(z.string()),
  /** Each word's start (null: untimed), delta-coded milliseconds; absent when no word has one. */
  starts: msColumn.optional(),
  /** Each word's end (null: none), delta-coded milliseconds; absent when no word has one. */
  ends: msColumn.optional(),
  /** Each word's timing, one character: x exact, a aligned, e estimated, c coarse, - none. */
  timings: z
    .string()
    .regex(/^[xaec-]+$/, "timing codes are x (exact), a (aligned), e (estimated), c (coarse) or - (none)")
    .optional(),
  /** Positions (0-based, ascending) of the words that are editorial notes. */
  notes: z.array(z.number().int().nonnegative()).min(1).optional(),
};

type Columns = z.output<z.ZodObject<typeof sentenceColumnsShape>>;

/** A rule of the stored model that a value breaks, with its path inside the value checked. */
export interface ModelProblem {
  path: (string | number)[];
  message: string;
}

/**
 * At least one word, every word has text, every column one entry per word, every time is whole
 * milliseconds and every note position names a word, once. A plain function the turn's codec
 * calls in both directions (`transcript-schema.ts`), not a zod check: when encoding, zod runs
 * every schema that has a check twice (a first pass without checks, then the real one), and
 * everything under it again, so a check on each sentence and its word column walked every word
 * of an episode several times, most of the time it took to encode one (issue 15).
 */
export function columnProblems(columns: Columns): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const count = columns.words.length;
  if (count === 0) problems.push({ path: ["words"], message: "a sentence has no words" });
  columns.words.forEach((text, i) => {
    if (text === "") problems.push({ path: ["words", i], message: "a word has no text" });
  });
  for (const key of ["starts", "ends"] as const)
    columns[key]?.forEach((ms, i) => {
      if (ms !== null && !Number.isInteger(ms))
        problems.push({ path: [key, i], message: `${ms} is not whole milliseconds` });
    });
  const lengths = {
    starts: columns.starts?.length,
    ends: columns.ends?.length,
    timings: columns.timings?.length,
  };
  for (const [key, length] of Object.entries(lengths))
    if (length !== undefined && length !== count)
      problems.push({ path: [key], message: `has ${length} entries for ${count} words` });
  columns.notes?.forEach((at, i) => {
    const previous = columns.notes?.[i - 1];
    if (at >= count || (previous !== undefined && at <= previous))
      problems.push({ path: ["notes", i], message: `note position ${at} is not a word after the last` });
  });
  return problems;
}

/**
 * The columns of expanded words (the inverse of `toWords`). Times are integer milliseconds, each
 * stored as the difference from the time before it in the sentence, read in the order start₀,
 * end₀, start₁, end₁, … and skipping missing ones; the first is the difference from 0. An end is
 * then the word's duration and a start the pause before it (mostly 0): a third of the digits of
 * absolute times, which an hour-long episode's words would need seven of.
 */
export function toColumns(words: readonly Word[]): Columns {
  let last = 0;
  const delta = (seconds: number | undefined) => {
    if (seconds === undefined) return null;
    const ms = Math.round(seconds * 1000);
    const d = ms - last;
    last = ms;
    return d;
  };
  const starts: (number | null)[] = [];
  const ends: (number | null)[] = [];
  for (const w of words) {
    starts.push(delta(w.start));
    ends.push(delta(w.end));
  }
  const timings = words.map((w) => (w.timing ? TIMING_CODE[w.timing] : NO_TIMING)).join("");
  const notes = words.flatMap((w, i) => (w.note ? [i] : []));
  const any = (column: (number | null)[]) => column.some((v) => v !== null);
  return {
    words: words.map((w) => w.text),
    ...(any(starts) ? { starts } : {}),
    ...(any(ends) ? { ends } : {}),
    ...(/[^-]/.test(timings) ? { timings } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

/** The expanded words of validated columns, times back in seconds. */
export function toWords(columns: Columns): Word[] {
  const notes = new Set(columns.notes);
  let last = 0;
  const seconds = (d: number | null | undefined) => {
    if (d === null || d === undefined) return undefined;
    last += d;
    return last / 1000;
  };
  return columns.words.map((text, i) => {
    const start = seconds(columns.starts?.[i]);
    const end = seconds(columns.ends?.[i]);
    const timing = TIMING_OF.get(columns.timings?.[i] ?? NO_TIMING);
    return {
      text,
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
      ...(timing ? { timing } : {}),
      ...(notes.has(i) ? { note: true as const } : {}),
    };
  });
}
