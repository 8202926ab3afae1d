import { readFileSync } from "node:fs";

/** The five real source files (copies of /work/shared/seeds), read as UTF-8 text. */
const read = (path: string): string =>
  readFileSync(new URL(`../../content/sources/${path}`, import.meta.url), "utf8");

export const SEEDS = {
  /** 000: summary page saved as text. */
  summaryPage: read("hugging-face-watsonx/summary-page.txt"),
  /** 001: plain speaker-labelled transcript. */
  plainText: read("hugging-face-watsonx/transcript.txt"),
  /** 002: WebVTT captions of the audio release. */
  vtt: read("hugging-face-watsonx/audio-captions.txt"),
  /** 003: timestamped notes with front matter. */
  notes: read("acquired-ai-builders/notes.txt"),
  /** 004: show notes with a chapter list. */
  showNotes: read("cyber-sentries-open-source-ai/show-notes.txt"),
} as const;

/** Lines of a text, 1-based access via `lines[n - 1]`. */
export const linesOf = (text: string): string[] => text.split(/\r\n|\r|\n/);
