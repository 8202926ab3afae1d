import type { EpisodeWarning, Speaker, Transcript } from "../model/episode-schema";
import type { Manifest } from "../model/manifest-schema";
import type { TranscriptIds } from "./transcript/build-turns";
import type { ChunkAnchor } from "./clock/map-chunks";
import type { LinearClock } from "./clock/linear-clock";
import type { UsedLog } from "./used-log";

/** Shared state of one merge. */
export interface MergeContext {
  ids: TranscriptIds;
  log: UsedLog;
  warnings: EpisodeWarning[];
  overrides?: Manifest["speakers"];
  /** The names of the manifest's people (a feed's `podcast:person`): names a text may label turns with. */
  peopleNames?: readonly string[];
}

/** A transcript with its speakers and the clocks it established. */
export interface TranscriptBuild {
  transcript: Transcript;
  speakers: Speaker[];
  /** Caption clock → episode clock, when captions were used. */
  captionClock?: LinearClock;
  /** Summary-page chunk starts located in the clean words (for diagnostics/tests). */
  anchors?: ChunkAnchor[];
}
