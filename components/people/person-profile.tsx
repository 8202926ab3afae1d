import Link from "next/link";
import { formatDuration } from "@/lib/time/format-time";
import type { Person } from "@/lib/view/people-index";
import { Avatar } from "./avatar";
import { PersonEpisodes } from "./person-episodes";
import { PersonSearchForm } from "./person-search-form";
import { PersonTurns } from "./person-turns";

/** How many episodes, and how long they speak in all: the line under a person's name. */
export function personSummary(person: Pick<Person, "episodes" | "seconds">): string {
  const count = `${person.episodes.length} episode${person.episodes.length === 1 ? "" : "s"}`;
  return person.seconds > 0 ? `${count}, ${formatDuration(person.seconds)} of talk` : count;
}

/** A person's page: who they are, their episodes, their longest turns and a search of their words. */
export function PersonProfile({ person }: { person: Person }) {
  return (
    <article className="space-y-8">
      {/* The way to everyone else: a person's page is reached from a speaker's name. */}
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link
          href="/people"
          className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
        >
          All people
        </Link>
      </nav>
      <header className="flex items-center gap-4">
        <Avatar name={person.name} size="lg" {...(person.image ? { image: person.image } : {})} />
        <div className="min-w-0">
          <h1 className="text-3xl font-bold tracking-tight break-words">
            <bdi>{person.name}</bdi>
          </h1>
          {person.roles.length > 0 && (
            <p className="text-slate-700 dark:text-slate-300">
              <span className="sr-only">Roles: </span>
              {person.roles.join(", ")}
            </p>
          )}
          <p className="text-sm text-slate-600 dark:text-slate-300">{personSummary(person)}</p>
        </div>
      </header>
      {person.seconds > 0 && <PersonSearchForm name={person.name} />}
      <PersonEpisodes episodes={person.episodes} />
      <PersonTurns turns={person.turns} />
    </article>
  );
}
