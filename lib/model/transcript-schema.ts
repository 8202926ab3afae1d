import { z } from "zod";
import { secondsSchema, sourceIdSchema } from "./schema-primitives";

/**
 * The transcript part of the episode model: who speaks (speakers), what is said (turns,
 * paragraphs, sentences, words) and how each time was obtained (timing).
 */

/** How a time was obtained, best first. */
export const timingSchema = z.enum(["exact", "aligned", "estimated", "coarse"]);

export const speakerSchema = z.object({
  /** Stable: slug of the name, or `voice-N` for an unnamed voice. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).optional(),
  /** Shown when there is no name, e.g. "Speaker 1". */
  label: z.string().min(1),
  role: z.string().min(1).optional(),
  /** Where the name came from: a source id, or "episode.json". */
  nameSource: z.string().optional(),
  /** Anonymous caption voices mapped to this speaker, e.g. ["Speaker 2"]. */
  voices: z.array(z.string()),
});

export const wordSchema = z.object({
  text: z.string().min(1),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
  timing: timingSchema.optional(),
  /** An editorial note such as `[BOO-dee-ay]`: shown as a note, not searched. */
  note: z.literal(true).optional(),
});

export const sentenceSchema = z.object({
  /** Derived from the start time (`s-516240` = 516.24 s), or the position when untimed. */
  id: z.string().min(1),
  /** Exactly the words' texts joined by single spaces. */
  text: z.string().min(1),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
  timing: timingSchema.optional(),
  words: z.array(wordSchema).min(1),
});

export const paragraphSchema = z.object({
  id: z.string().min(1),
  start: secondsSchema.optional(),
  sentences: z.array(sentenceSchema).min(1),
});

export const turnSchema = z.object({
  id: z.string().min(1),
  speakerId: z.string().optional(),
  start: secondsSchema.optional(),
  end: secondsSchema.optional(),
  paragraphs: z.array(paragraphSchema).min(1),
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
