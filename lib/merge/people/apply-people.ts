import type { Credit, Speaker } from "../../model/episode-schema";
import { MANIFEST_FILE_NAME, type Person } from "../../model/manifest-schema";
import type { UsedLog } from "../used-log";

import { personKey } from "../../model/person-key";

export { personKey };

/**
 * The manifest's people, one per name: a person listed twice (a feed repeats the show's hosts
 * on every item) keeps the first listing and takes the fields it lacks from the later ones.
 */
function mergeListings(people: readonly Person[]): Person[] {
  const byKey = new Map<string, Person>();
  for (const person of people) {
    const key = personKey(person.name);
    const first = byKey.get(key);
    byKey.set(key, first ? { ...person, ...first } : person);
  }
  return [...byKey.values()];
}

/**
 * The role `podcast:person` implies when it names none: the host, in the default group (cast).
 * Made explicit on the speaker, whose missing role means "not known" (a name from a transcript).
 */
function defaultRole(person: Person): string | undefined {
  return person.group === undefined || person.group.toLowerCase() === "cast" ? "host" : undefined;
}

export interface AppliedPeople {
  speakers: Speaker[];
  credits: Credit[];
}

/**
 * Gives the manifest's people (`podcast:person` from a feed) to the speakers they name: a named
 * speaker with the same name takes the person's picture and page, and the person's role (the
 * namespace's default, host, when it names none) unless the manifest's `speakers` already gave
 * one. Unnamed voices stay unnamed: a name is never guessed from a list of people. Everyone else
 * is a credit, in the manifest's order (a credit's role stays as the person gave it).
 * Records "people" on the manifest when any person was used.
 */
export function applyPeople(
  speakers: readonly Speaker[],
  people: readonly Person[] | undefined,
  log: UsedLog,
): AppliedPeople {
  if (!people || people.length === 0) return { speakers: [...speakers], credits: [] };
  const byKey = new Map(mergeListings(people).map((p) => [personKey(p.name), p]));
  const matched = new Set<string>();
  const named = speakers.map((speaker) => {
    const key = speaker.name === undefined ? undefined : personKey(speaker.name);
    const person = key === undefined ? undefined : byKey.get(key);
    if (!key || !person) return speaker;
    matched.add(key);
    const role = speaker.role ?? person.role ?? defaultRole(person);
    return {
      ...speaker,
      ...(role ? { role } : {}),
      ...(person.img ? { image: person.img } : {}),
      ...(person.href ? { href: person.href } : {}),
    };
  });
  const credits = [...byKey]
    .filter(([key]) => !matched.has(key))
    .map(([, p]) => ({
      name: p.name.trim(),
      ...(p.role ? { role: p.role } : {}),
      ...(p.group ? { group: p.group } : {}),
      ...(p.img ? { image: p.img } : {}),
      ...(p.href ? { href: p.href } : {}),
    }));
  log.add(MANIFEST_FILE_NAME, "people");
  return { speakers: named, credits };
}
