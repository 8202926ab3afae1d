import { z } from "zod";
import { secondsSchema } from "./schema-primitives";
import { sentenceColumnsShape, toColumns, toWords, type ModelProblem } from "./sentence-columns";

/**
 * A sentence of the transcript in its two forms: in memory, the expanded form every consumer
 * reads (words as objects, times in seconds); on disk, the compact columnar form of
 * `sentence-columns.ts`. `storeSentence` and `expandSentence` convert between them without loss;
 * the transcript's codec (`transcript-schema.ts`) applies them to whole turns.
 *
 * The rules of a sentence (at least one word, text = the words joined, whole-millisecond times)
 * are plain functions the turn's codec runs (`sentenceProblems` on the expanded side while
 * storing, `columnProblems` on the stored side both ways), not zod checks on either schema: zod
 * runs a schema with checks twice when encoding, and everything under it again, which made
 * writing an hour-long episode several times slower than building it.
 */

/** How a time was obtained, best first. */
export const timingSchema = z.enum(["exact", "aligned", "estimated", "coarse"]);

/** A word of the expanded form; its rules (non-empty text, whole-millisecond times) are `wordProblems`. */
export const wordSchema = z.object({
  text: z.string(),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
  timing: timingSchema.optional(),
  /** An editorial note such as `[BOO-dee-ay]`: shown as a note, not searched. */
  note: z.literal(true).optional(),
});

/** The expanded sentence. */
export const sentenceSchema = z.object({
  /** Derived from the start time (`s-516240` = 516.24 s), or the position when untimed. */
  id: z.string().min(1),
  /** Exactly the words' texts joined by single spaces (so the stored form derives it). */
  text: z.string(),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
  timing: timingSchema.optional(),
  /** At least one (checked in the stored form). */
  words: z.array(wordSchema),
});

/**
 * The stored sentence: its words' columns, and its own span only where they do not give it. Its
 * columns' rules are `columnProblems`, which the turn's codec applies.
 */
export const storedSentenceSchema = z.object({
  id: z.string().min(1),
  /** Seconds; present only when not `sentenceTiming(words).start` (null: the sentence has none). */
  start: secondsSchema.nullable().optional(),
  /** Seconds; present only when not `sentenceTiming(words).end` (null: the sentence has none). */
  end: secondsSchema.nullable().optional(),
  /** Present only when not `sentenceTiming(words).timing` (null: the sentence has none). */
  timing: timingSchema.nullable().optional(),
  ...sentenceColumnsShape,
});

type Timing = z.output<typeof timingSchema>;
type Word = z.output<typeof wordSchema>;
type Sentence = z.output<typeof sentenceSchema>;
type StoredSentence = z.output<typeof storedSentenceSchema>;

/**
 * A sentence's span as its words give it: it starts at its first timed word, with that word's
 * timing, and ends at the latest word end (never before its start). The merge builds every
 * sentence this way, so the stored form only writes a span that differs.
 */
export function sentenceTiming(words: readonly Word[]): { start?: number; end?: number; timing?: Timing } {
  const first = words.find((w) => w.start !== undefined);
  const start = first?.start;
  if (start === undefined) return {};
  let end: number | undefined;
  for (const w of words) if (w.end !== undefined && (end === undefined || w.end > end)) end = w.end;
  return {
    start,
    ...(end !== undefined ? { end: Math.max(start, end) } : {}),
    ...(first?.timing ? { timing: first.timing } : {}),
  };
}

/** The stored value of one span field: absent when derived, null when the sentence has none. */
function storedSpan<T>(value: T | undefined, derived: T | undefined): T | null | undefined {
  if (value === derived) return undefined;
  return value ?? null;
}

/** The expanded value of one span field: the stored one, else the derived one. */
function expandedSpan<T>(stored: T | null | undefined, derived: T | undefined): T | undefined {
  if (stored === undefined) return derived;
  return stored ?? undefined;
}

const isWholeMs = (s: number | undefined) => s === undefined || Math.round(s * 1000) / 1000 === s;

/** What keeps an expanded sentence from being stored exactly: each with its path in the sentence. */
export function sentenceProblems(sentence: Sentence): ModelProblem[] {
  const problems: ModelProblem[] = [];
  if (sentence.text !== sentence.words.map((w) => w.text).join(" "))
    problems.push({ path: ["text"], message: "a sentence's text must be its words joined by single spaces" });
  sentence.words.forEach((w, k) => {
    for (const key of ["start", "end"] as const)
      if (!isWholeMs(w[key]))
        problems.push({ path: ["words", k, key], message: "a word's time must be whole milliseconds" });
  });
  return problems;
}

/** The stored form of an expanded sentence without `sentenceProblems`. */
export function storeSentence(sentence: Sentence): StoredSentence {
  const derived = sentenceTiming(sentence.words);
  const start = storedSpan(sentence.start, derived.start);
  const end = storedSpan(sentence.end, derived.end);
  const timing = storedSpan(sentence.timing, derived.timing);
  return {
    id: sentence.id,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(timing !== undefined ? { timing } : {}),
    ...toColumns(sentence.words),
  };
}

/** The expanded form of a validated stored sentence. */
export function expandSentence(stored: StoredSentence): Sentence {
  const words = toWords(stored);
  const derived = sentenceTiming(words);
  const start = expandedSpan(stored.start, derived.start);
  const end = expandedSpan(stored.end, derived.end);
  const timing = expandedSpan(stored.timing, derived.timing);
  return {
    id: stored.id,
    text: stored.words.join(" "),
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(timing !== undefined ? { timing } : {}),
    words,
  };
}
