import type { Media } from "./episode-schema";

/** The media that defines the episode clock: the `primary` one, else the first; undefined when there is none. */
export function pickPrimaryMedia(media: readonly Media[]): Media | undefined {
  return media.find((m) => m.primary) ?? media[0];
}

/**
 * The primary media's offset (s): its time is `episodeTime − offset`. 0 without media. Exports
 * give their times on this clock, since they are played beside that media.
 */
export function getPrimaryOffset(media: readonly Media[] | undefined): number {
  return (media && pickPrimaryMedia(media)?.offset) || 0;
}
