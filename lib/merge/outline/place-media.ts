import type { Media } from "../../model/episode-schema";
import type { Manifest } from "../../model/manifest-schema";
import type { MergeContext, TranscriptBuild } from "../merge-context";
import type { PickedSources } from "../pick-sources";
import { buildMedia, type FileClock } from "./build-media";

/** What {@link placeMedia} reads. */
export interface PlaceMediaInput {
  picked: PickedSources;
  manifest: Manifest | undefined;
  /** The transcript build (its caption clock places a media file from the manifest). */
  build: TranscriptBuild;
  ctx: MergeContext;
}

/**
 * The media stage: the episode's media (see `buildMedia`), a manifest media
 * file placed on the captions' clock when captions timed the transcript.
 * Records "media" on each media's source and "media offset" on the captions
 * when they placed the manifest's file.
 * @param input the chosen sources, the manifest, the transcript build and the merge state
 */
export function placeMedia({ picked, manifest, build, ctx }: PlaceMediaInput): Media[] {
  const fileClock = captionFileClock(picked, build);
  const media = buildMedia({ picked, manifest, warnings: ctx.warnings, fileClock });
  for (const m of media) ctx.log.add(m.source, "media");
  if (fileClock && media.some((m) => m.source === "episode.json" && m.offset !== 0))
    ctx.log.add(fileClock.source, "media offset");
  return media;
}

/** The captions' clock and middle, when captions timed the transcript (see `buildMedia`). */
function captionFileClock(picked: PickedSources, build: TranscriptBuild): FileClock | undefined {
  const cues = picked.caption?.doc.cues;
  if (!picked.caption || !build.captionClock || !cues || cues.length === 0) return undefined;
  // A loop, not Math.min(...cues): a 10-hour file has more cues than a call takes arguments.
  let first = Infinity;
  let last = -Infinity;
  for (const c of cues) {
    first = Math.min(first, c.start);
    last = Math.max(last, c.end);
  }
  return { clock: build.captionClock, midpoint: (first + last) / 2, source: picked.caption.id };
}
