import type { Source } from "../model/episode-schema";
import type { ParsedDoc } from "../parse/types";
import type { MergeSource } from "./merge-episode";
import type { TranscriptBuild } from "./merge-context";
import type { PickedSources } from "./pick-sources";
import type { UsedLog } from "./used-log";

/** What {@link listSources} reads. */
export interface SourceListInput {
  sources: readonly MergeSource[];
  /** The sources whose document was usable, after sanitising. */
  docs: ReadonlyArray<{ id: string; doc: ParsedDoc }>;
  picked: PickedSources;
  build: TranscriptBuild;
  log: UsedLog;
}

/** Labels that put a source's times on the episode clock as they are (offset 0, rate 1). */
const EPISODE_CLOCK_USES = new Set<Source["used"][number]>([
  "times",
  "clock",
  "sections",
  "notes",
  "chapters",
]);

/**
 * The model's source list, in id order: each usable source with its hash, size,
 * what the merge took from it, and its clock (the fitted one for the captions
 * that timed the transcript; identity for a source whose times were used as is).
 * @param input the sources, the usable documents, the picks, the transcript build and the used log
 */
export function listSources({ sources, docs, picked, build, log }: SourceListInput): Source[] {
  return [...sources]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .flatMap((s) => {
      const doc = docs.find((d) => d.id === s.id)?.doc;
      if (!doc) return [];
      const used = log.get(s.id);
      let clock: Source["clock"];
      if (s.id === picked.caption?.id && build.captionClock)
        clock = { offset: build.captionClock.offset, rate: build.captionClock.rate };
      else if (used.some((u) => EPISODE_CLOCK_USES.has(u))) clock = { offset: 0, rate: 1 };
      return [
        { id: s.id, format: doc.format, sha256: s.sha256, bytes: s.bytes, ...(clock ? { clock } : {}), used },
      ];
    });
}
