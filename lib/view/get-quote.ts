import type { Episode } from "../model/episode-schema";
import { resolveLinkedCues } from "../links/resolve-linked-cues";

export interface Quote {
  text: string;
  /** Name (or label) of the speaker of the first sentence. */
  speaker?: string;
  /** Seconds on the episode clock. */
  start: number;
  /** When the last sentence ends (s), if its end is known. */
  end?: number;
}

/**
 * The sentences a link `t=start,end` (or the moment `t=start`) selects, joined as one quote: the
 * same rule the episode page marks them by (`resolveLinkedCues`), so a quote card shows what the
 * link opens on. Editorial notes are left out. Undefined when the link selects no timed sentence.
 */
export function getQuote(episode: Episode, start: number, end?: number): Quote | undefined {
  const timed = episode.transcript.turns.flatMap((turn) =>
    turn.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.flatMap((sentence) =>
        sentence.start === undefined
          ? []
          : [{ sentence, start: sentence.start, end: sentence.end, speakerId: turn.speakerId }],
      ),
    ),
  );
  const picked = resolveLinkedCues(
    timed.map((t) => t.start),
    end === undefined ? { start } : { start, end },
  ).flatMap((i) => timed[i] ?? []);
  const first = picked[0];
  if (!first) return undefined;
  const speaker = episode.speakers.find((s) => s.id === first.speakerId);
  const text = picked
    .map(({ sentence }) =>
      sentence.words
        .filter((w) => !w.note)
        .map((w) => w.text)
        .join(" "),
    )
    .join(" ");
  const lastEnd = picked.at(-1)?.end;
  return {
    text,
    speaker: speaker?.name ?? speaker?.label,
    start: first.start,
    ...(lastEnd !== undefined ? { end: lastEnd } : {}),
  };
}
