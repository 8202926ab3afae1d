import type { Episode } from "../model/episode-schema";

/** Element id of the episode header's people (components/episode/speaker-list.tsx): where a hit on them lands. */
export const PEOPLE_DOC_ID = "episode-people";

/**
 * The people the episode header names, as one line the library search can find: the named
 * speakers, then the people credited (`Grace Hopper, Alan Turing, Ada Lovelace`), so a guest
 * whose name is never said aloud is still found by it. Names only: roles and labels ("Host",
 * "Speakers:") would make every episode a hit for `host` or `speaker`; a result shows the line
 * as "People". Unnamed voices ("Speaker 2") are not people to search for. Undefined when the
 * episode names nobody.
 */
export function describeEpisodePeople(episode: Pick<Episode, "speakers" | "credits">): string | undefined {
  const names = [...episode.speakers.flatMap((s) => s.name ?? []), ...episode.credits.map((c) => c.name)];
  return names.length ? [...new Set(names)].join(", ") : undefined;
}
