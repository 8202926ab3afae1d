import "server-only";
import { getCatalogue } from "@/lib/content/load-episodes";
import type { Catalogue } from "@/lib/model/episode-schema";
import { buildPeopleIndex, type PeopleIndex } from "@/lib/view/people-index";

// Keyed by the catalogue object: `getCatalogue` hands back the same one until the file changes,
// so the index is merged once per catalogue, not on every request.
const memo = new WeakMap<Catalogue, PeopleIndex>();

/**
 * Everyone who speaks or is credited in the library, from the catalogue alone: a library of a
 * thousand episodes is never read whole to draw the people pages.
 */
export function loadPeople(): PeopleIndex {
  const catalogue = getCatalogue();
  const hit = memo.get(catalogue);
  if (hit) return hit;
  const index = buildPeopleIndex(catalogue.episodes);
  memo.set(catalogue, index);
  return index;
}
