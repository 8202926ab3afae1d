import type { CatalogueEntry } from "../model/episode-schema";

/** What a reader can open in an episode, in plain words, e.g. ["Transcript", "Chapters"]. */
export function episodeOffers({ counts }: Pick<CatalogueEntry, "counts">): string[] {
  return [
    counts.sentences > 0 && "Transcript",
    counts.notes > 0 && "Notes",
    counts.chapters > 0 && "Chapters",
  ].filter((item): item is string => typeof item === "string");
}
