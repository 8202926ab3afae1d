import type { CatalogueEntry, CatalogueTurn } from "../model/episode-schema";
import { personKey } from "../model/person-key";
import { UniqueSlugger } from "../model/slugify";

/** How many longest turns a person's page quotes, across all their episodes. */
export const LONGEST_TURNS = 5;

/** One episode a person is in. */
export interface PersonEpisode {
  slug: string;
  title: string;
  show?: string;
  published?: string;
  /** Their role there, as the episode gives it. */
  role?: string;
  /** Seconds they speak there; 0 for a credit. */
  seconds: number;
  credited: boolean;
}

/** One of a person's longest turns, with the episode it is in. */
export interface PersonTurn extends CatalogueTurn {
  episodeSlug: string;
  episodeTitle: string;
}

/** Everyone who speaks or is credited, merged by name across the library. */
export interface Person {
  slug: string;
  /** The name as first met (newest episode first: the catalogue's order). */
  name: string;
  image?: string;
  /** Every role they have, first met first, each once. */
  roles: string[];
  episodes: PersonEpisode[];
  seconds: number;
  turns: PersonTurn[];
}

/** Person slugs by `personKey(name)`: where a named speaker's page is. */
export type PersonSlugs = ReadonlyMap<string, string>;

export interface PeopleIndex {
  /** Sorted by name (its `personKey`, so spellings do not move it). */
  people: Person[];
  bySlug: ReadonlyMap<string, Person>;
  /** The person's slug by `personKey(name)`, for links from episode pages. */
  slugByKey: PersonSlugs;
}

type Draft = Omit<Person, "slug"> & { key: string };

function addAppearance(drafts: Map<string, Draft>, entry: CatalogueEntry, index: number): void {
  const person = entry.people[index];
  if (!person) return;
  const key = personKey(person.name);
  const draft = drafts.get(key) ?? { key, name: person.name, roles: [], episodes: [], seconds: 0, turns: [] };
  if (!draft.image && person.image) draft.image = person.image;
  if (person.role && !draft.roles.includes(person.role)) draft.roles.push(person.role);
  draft.episodes.push({
    slug: entry.slug,
    title: entry.title,
    ...(entry.show ? { show: entry.show } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    ...(person.role ? { role: person.role } : {}),
    seconds: person.seconds,
    credited: person.credited === true,
  });
  draft.seconds += person.seconds;
  for (const turn of person.turns)
    draft.turns.push({ ...turn, episodeSlug: entry.slug, episodeTitle: entry.title });
  drafts.set(key, draft);
}

const byName = (a: { name: string; key: string }, b: { name: string; key: string }) =>
  a.key.localeCompare(b.key, "en") || (a.key < b.key ? -1 : 1); // keys are unique: never 0

/**
 * The people of the library, from the catalogue alone (no episode model is read): merged by
 * `personKey`, so "Ada Lovelace" and "ada  lovelace" are one person. Slugs come from the name;
 * two names with the same slug are told apart by a counter given in name order (then key), so a
 * slug stays the same as long as the names sharing it do.
 */
export function buildPeopleIndex(entries: readonly CatalogueEntry[]): PeopleIndex {
  const drafts = new Map<string, Draft>();
  for (const entry of entries) entry.people.forEach((_, i) => addAppearance(drafts, entry, i));
  const slugger = new UniqueSlugger();
  const people = [...drafts.values()].sort(byName).map(({ key, ...draft }): Person & { key: string } => ({
    ...draft,
    key,
    // From the key, so the slug does not follow which spelling of the name came first.
    slug: slugger.slug(key, "person"),
    seconds: Math.round(draft.seconds * 1000) / 1000,
    turns: draft.turns
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.episodeSlug.localeCompare(b.episodeSlug))
      .slice(0, LONGEST_TURNS),
  }));
  return {
    people: people.map(({ key: _key, ...person }) => person),
    bySlug: new Map(people.map((p) => [p.slug, p])),
    slugByKey: new Map(people.map((p) => [p.key, p.slug])),
  };
}

/** The href of a person's page, or undefined when the name is nobody's (an unnamed voice). */
export function personHref(people: PersonSlugs | undefined, name: string | undefined): string | undefined {
  const slug = name === undefined ? undefined : people?.get(personKey(name));
  return slug === undefined ? undefined : `/people/${slug}`;
}

export type PeopleSort = "talk" | "name";

/** The people list's order: most talk time first (then name), or by name. */
export function sortPeople(people: readonly Person[], sort: PeopleSort): Person[] {
  if (sort === "name") return [...people];
  return [...people].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name, "en"));
}
