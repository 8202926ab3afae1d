import type { EpisodeWarning, Speaker, Transcript } from "../model/episode-schema";
import type { Manifest } from "../model/manifest-schema";
import type { TranscriptIds } from "./build-transcript";
import type { ChunkAnchor } from "./map-chunks";
import type { Affine } from "./spread-times";
import type { UsedLog } from "./used-log";

/** Shared state of one merge. */
export interface MergeContext {
  ids: TranscriptIds;
  log: UsedLog;
  warnings: EpisodeWarning[];
  overrides?: Manifest["speakers"];
}

/** A transcript with its speakers and the clocks it established. */
export interface TranscriptBuild {
  transcript: Transcript;
  speakers: Speaker[];
  /** Caption clock → episode clock, when captions were used. */
  captionClock?: Affine;
  /** Summary-page chunk starts located in the clean words (for diagnostics/tests). */
  anchors?: ChunkAnchor[];
}
