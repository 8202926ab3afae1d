import "server-only";
import { getCatalogue, getEpisode } from "@/lib/content/load-episodes";
import type { Catalogue, Episode } from "@/lib/model/episode-schema";
import { indexClipCodes, parseClipId } from "@/lib/links/clip-id";
import { resolveClip, type Clip } from "@/lib/view/resolve-clip";

// Keyed by the catalogue object, which `getCatalogue` keeps until the file changes: the codes of
// a library are hashed once per build, not on every clip request.
const memo = new WeakMap<Catalogue, Map<string, string | undefined>>();

/** Episode codes (clip ids) → slugs, for the current catalogue. */
export function loadClipCodes(): Map<string, string | undefined> {
  const catalogue = getCatalogue();
  const hit = memo.get(catalogue);
  if (hit) return hit;
  const index = indexClipCodes(catalogue.episodes.map((entry) => entry.slug));
  memo.set(catalogue, index);
  return index;
}

/**
 * The clip an id names, with its episode; undefined (a 404) for an id that is not one, an episode
 * the library does not have, or a range outside it or without a timed sentence.
 */
export function loadClip(id: string, title?: string): { episode: Episode; clip: Clip } | undefined {
  const ref = parseClipId(id);
  const slug = ref ? loadClipCodes().get(ref.code) : undefined;
  const episode = slug ? getEpisode(slug) : undefined;
  const clip = ref && episode ? resolveClip(episode, ref.start, ref.end, title) : undefined;
  return episode && clip ? { episode, clip } : undefined;
}
