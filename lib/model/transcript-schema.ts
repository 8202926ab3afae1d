import { z } from "zod";
import { httpUrlSchema } from "./manifest-schema";
import { secondsSchema, sourceIdSchema } from "./schema-primitives";
import { columnProblems, type ModelProblem } from "./sentence-columns";
import {
  expandSentence,
  sentenceProblems,
  sentenceSchema,
  storedSentenceSchema,
  storeSentence,
  timingSchema,
  wordSchema,
} from "./sentence-schema";

/**
 * The transcript part of the episode model: who speaks (speakers), what is said (turns,
 * paragraphs, sentences, words) and how each time was obtained (timing).
 */

export {
  sentenceSchema,
  sentenceTiming,
  storedSentenceSchema,
  timingSchema,
  wordSchema,
} from "./sentence-schema";

export const speakerSchema = z.object({
  /** Stable: slug of the name, or `voice-N` for an unnamed voice. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).optional(),
  /** Shown when there is no name, e.g. "Speaker 1". */
  label: z.string().min(1),
  role: z.string().min(1).optional(),
  /** A picture of the speaker (a feed's `podcast:person img`); the page falls back to initials. */
  image: httpUrlSchema.optional(),
  /** The speaker's own page (a feed's `podcast:person href`). */
  href: httpUrlSchema.optional(),
  /** Where the name came from: a source id, or "episode.json". */
  nameSource: z.string().optional(),
  /** Anonymous caption voices mapped to this speaker, e.g. ["Speaker 2"]. */
  voices: z.array(z.string()),
});

const paragraphFields = { id: z.string().min(1), start: secondsSchema.optional() };
const turnFields = {
  id: z.string().min(1),
  speakerId: z.string().optional(),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
};

/** The expanded paragraph: at least one sentence (checked in the stored form, see below). */
export const paragraphSchema = z.object({ ...paragraphFields, sentences: z.array(sentenceSchema) });
const expandedTurnSchema = z.object({ ...turnFields, paragraphs: z.array(paragraphSchema) });

/** The stored turn; its rules below the turn's fields are `storedTurnProblems`, not zod checks. */
const storedTurnSchema = z.object({
  ...turnFields,
  paragraphs: z.array(z.object({ ...paragraphFields, sentences: z.array(storedSentenceSchema) })),
});

type StoredTurn = z.output<typeof storedTurnSchema>;

/**
 * What breaks the rules of a stored turn, each with its path in the turn: at least one
 * paragraph, at least one sentence in each, and each sentence's `columnProblems`. The codec
 * applies it to what it reads and to what it writes, so both hold the same rules.
 */
export function storedTurnProblems(turn: StoredTurn): ModelProblem[] {
  const problems: ModelProblem[] = [];
  if (turn.paragraphs.length === 0)
    problems.push({ path: ["paragraphs"], message: "a turn has no paragraphs" });
  turn.paragraphs.forEach((p, i) => {
    const at = ["paragraphs", i, "sentences"];
    if (p.sentences.length === 0) problems.push({ path: at, message: "a paragraph has no sentences" });
    p.sentences.forEach((s, j) => {
      for (const { path, message } of columnProblems(s))
        problems.push({ path: [...at, j, ...path], message });
    });
  });
  return problems;
}

/** Adds the problems to a codec's payload as issues; true when there were any. */
function report(
  payload: { issues: z.core.$ZodRawIssue[] },
  input: unknown,
  problems: ModelProblem[],
): boolean {
  for (const { path, message } of problems) payload.issues.push({ code: "custom", message, input, path });
  return problems.length > 0;
}

/**
 * A speaker turn: stored with columnar sentences, read (`.parse`, `z.decode`) as expanded ones;
 * `z.encode` stores it. The codec sits on the turn, not the sentence, and neither side has a
 * check below the turn's own fields (the rules are functions run here): zod re-walks the whole
 * subtree of every schema with checks when encoding, once per such ancestor.
 */
export const turnSchema = z.codec(storedTurnSchema, expandedTurnSchema, {
  decode: (turn, payload) => {
    // Expanding columns that break the rules could throw; the issues end the parse anyway.
    if (report(payload, turn, storedTurnProblems(turn))) return { ...turn, paragraphs: [] };
    return {
      ...turn,
      paragraphs: turn.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map(expandSentence) })),
    };
  },
  encode: (turn, payload) => {
    turn.paragraphs.forEach((p, i) =>
      p.sentences.forEach((s, j) => {
        const at = ["paragraphs", i, "sentences", j];
        report(
          payload,
          s,
          sentenceProblems(s).map(({ path, message }) => ({ path: [...at, ...path], message })),
        );
      }),
    );
    const stored = {
      ...turn,
      paragraphs: turn.paragraphs.map((p) => ({ ...p, sentences: p.sentences.map(storeSentence) })),
    };
    report(payload, turn, storedTurnProblems(stored));
    return stored;
  },
});

export const transcriptSchema = z.object({
  /** Best timing any sentence has: "none" says the transcript has no times. */
  timing: z.enum(["exact", "aligned", "coarse", "none"]),
  /** Source ids the words, names and times came from. */
  provenance: z.object({
    words: z.array(sourceIdSchema),
    names: z.array(sourceIdSchema),
    times: z.array(sourceIdSchema),
  }),
  turns: z.array(turnSchema),
  /** Material only a non-primary source has (an audio promo), kept apart. */
  outside: z.array(
    z.object({
      id: z.string().min(1),
      label: z.string().min(1),
      source: sourceIdSchema,
      turns: z.array(turnSchema),
    }),
  ),
});

export type Timing = z.output<typeof timingSchema>;
export type Speaker = z.output<typeof speakerSchema>;
export type Word = z.output<typeof wordSchema>;
export type Sentence = z.output<typeof sentenceSchema>;
export type Paragraph = z.output<typeof paragraphSchema>;
export type Turn = z.output<typeof turnSchema>;
export type Transcript = z.output<typeof transcriptSchema>;
