import type { Episode, Turn } from "./episode-schema";

export interface MapSegment {
  speakerId: string | undefined;
  /** Seconds on the episode clock. */
  start: number;
  end: number;
}

/**
 * Whether a turn counts as speech time: its start and end are known and in order. One rule for
 * the episode map (the site) and the people in the catalogue (the build), hence here in the model.
 */
export function isTimedTurn(turn: Turn): turn is Turn & { start: number; end: number } {
  return turn.start !== undefined && turn.end !== undefined && turn.end > turn.start;
}

/** Timed stretches of speech per turn, for the episode map; untimed turns are skipped. */
export function getSpeechSegments(episode: Pick<Episode, "transcript">): MapSegment[] {
  return episode.transcript.turns.flatMap((turn) =>
    isTimedTurn(turn) ? [{ speakerId: turn.speakerId, start: turn.start, end: turn.end }] : [],
  );
}

/** Seconds spoken per speaker id, largest first. */
export function getTalkTime(
  episode: Pick<Episode, "transcript">,
): { speakerId: string | undefined; seconds: number }[] {
  const totals = new Map<string | undefined, number>();
  for (const s of getSpeechSegments(episode))
    totals.set(s.speakerId, (totals.get(s.speakerId) ?? 0) + (s.end - s.start));
  return [...totals]
    .map(([speakerId, seconds]) => ({ speakerId, seconds }))
    .sort((a, b) => b.seconds - a.seconds);
}
