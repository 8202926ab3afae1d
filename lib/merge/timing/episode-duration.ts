import type { TranscriptBuild } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import type { UsedLog } from "../used-log";
import { MANIFEST_FILE_NAME } from "../../model/manifest-schema";
import { roundTime } from "../../time/round-time";

/**
 * The episode's duration in seconds: the summary page's (recorded as
 * "duration"), else the manifest's (a feed's `itunes:duration`: the media's length, which the
 * last words usually fall short of), else the end of the last timed turn (never negative),
 * else unknown.
 * @param input the chosen sources, the transcript build, the used log and the manifest's `duration`
 */
export function episodeDuration({
  picked,
  build,
  log,
  manifestDuration,
}: {
  picked: PickedSources;
  build: TranscriptBuild;
  log: UsedLog;
  manifestDuration?: number | undefined;
}): number | undefined {
  const summary = picked.summary;
  if (summary?.doc.duration !== undefined) {
    log.add(summary.id, "duration");
    return roundTime(summary.doc.duration);
  }
  if (manifestDuration !== undefined && manifestDuration > 0) {
    log.add(MANIFEST_FILE_NAME, "duration");
    return roundTime(manifestDuration);
  }
  let end: number | undefined;
  for (const t of build.transcript.turns)
    if (t.end !== undefined && (end === undefined || t.end > end)) end = t.end;
  return end !== undefined ? Math.max(0, end) : undefined;
}
