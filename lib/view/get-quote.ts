import type { Episode } from "../model/episode-schema";

export interface Quote {
  text: string;
  /** Name (or label) of the speaker of the first sentence. */
  speaker?: string;
  /** Seconds on the episode clock. */
  start: number;
}

/**
 * The sentences overlapping [start, end] seconds (just the sentence at `start` without an end),
 * joined as one quote. Editorial notes are left out. Undefined when no timed sentence is there.
 */
export function getQuote(episode: Episode, start: number, end?: number): Quote | undefined {
  const picked: { text: string; speakerId?: string; start: number }[] = [];
  for (const turn of episode.transcript.turns) {
    for (const paragraph of turn.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (sentence.start === undefined) continue;
        const sEnd = sentence.end ?? sentence.start;
        const hit =
          end === undefined
            ? sentence.start <= start && start < Math.max(sEnd, sentence.start + 0.001)
            : sentence.start < end && sEnd > start;
        if (hit) {
          const text = sentence.words
            .filter((w) => !w.note)
            .map((w) => w.text)
            .join(" ");
          picked.push({ text, speakerId: turn.speakerId, start: sentence.start });
        }
      }
    }
  }
  const first = picked[0];
  if (!first) return undefined;
  const speaker = episode.speakers.find((s) => s.id === first.speakerId);
  return {
    text: picked.map((p) => p.text).join(" "),
    speaker: speaker?.name ?? speaker?.label,
    start: first.start,
  };
}
