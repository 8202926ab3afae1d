import { z } from "zod";
import { line, listDroppingInvalid, optionalText, optionalTime, text, time } from "./doc-schema-fields";

/** The timed-cue document of the parsed documents (`./parsed-doc-schema`): captions and timed transcripts. */

/** A part of a cue's text with its own times (a word of a word-level transcript), seconds. */
export const cuePartSchema = z.object({ text, start: time, end: time });

/** One caption cue. Times in seconds on the file's own clock; text without markup. */
export const cueSchema = z
  .object({
    start: time,
    /** An unusable end becomes the start. */
    end: optionalTime,
    /** `<v Speaker 1>` voice name (or a transcript's speaker), if any. */
    voice: optionalText,
    text,
    /**
     * The cue's text in timed parts, in order, when the source times each one (a JSON transcript
     * with one word per segment): their texts joined by spaces are `text`. Absent otherwise; parts
     * without usable times are dropped, and an empty list is absent.
     */
    parts: z.preprocess((v) => {
      if (!Array.isArray(v)) return undefined;
      const kept = v.filter((p) => cuePartSchema.safeParse(p).success);
      return kept.length > 0 ? kept : undefined;
    }, z.array(cuePartSchema).optional()),
    /** Line of the cue's timing line (a transcript's segment, an HTML transcript's `<time>`). */
    line,
  })
  .transform(({ parts, ...cue }) => ({ ...cue, end: cue.end ?? cue.start, ...(parts ? { parts } : {}) }));

/**
 * Timed cues, with voices when the source names them: WebVTT, SRT, a Podcasting 2.0 JSON
 * transcript (segments; speakers as voices) or an HTML transcript (`<time>` turns; `<cite>`
 * speakers as voices, each turn ending where the next starts).
 */
export const captionDocSchema = z.object({
  format: z.enum(["vtt", "srt", "json-transcript", "html-transcript"]),
  /** Text after `WEBVTT - ` in the header, or an HTML transcript's `<title>`, if any. */
  title: optionalText,
  cues: listDroppingInvalid(cueSchema),
});

export type Cue = z.output<typeof cueSchema>;
export type CaptionDoc = z.output<typeof captionDocSchema>;
