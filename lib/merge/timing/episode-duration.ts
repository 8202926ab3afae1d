import type { TranscriptBuild } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import type { UsedLog } from "../used-log";
import { roundTime } from "../../time/round-time";

/**
 * The episode's duration in seconds: the summary page's (recorded as
 * "duration"), else the end of the last timed turn (never negative), else
 * unknown.
 * @param picked the chosen sources
 * @param build the transcript build
 * @param log the used log
 */
export function episodeDuration(
  picked: PickedSources,
  build: TranscriptBuild,
  log: UsedLog,
): number | undefined {
  const summary = picked.summary;
  if (summary?.doc.duration !== undefined) {
    log.add(summary.id, "duration");
    return roundTime(summary.doc.duration);
  }
  let end: number | undefined;
  for (const t of build.transcript.turns)
    if (t.end !== undefined && (end === undefined || t.end > end)) end = t.end;
  return end !== undefined ? Math.max(0, end) : undefined;
}
