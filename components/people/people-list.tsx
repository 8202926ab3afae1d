import Link from "next/link";
import type { PeopleSort, Person } from "@/lib/view/people-index";
import { Avatar } from "./avatar";
import { personSummary } from "./person-profile";

const SORTS: { sort: PeopleSort; label: string; href: string }[] = [
  { sort: "talk", label: "Talk time", href: "/people" },
  { sort: "name", label: "Name", href: "/people?sort=name" },
];

/** The order links: plain links (no script), the current one marked for assistive technology. */
function SortLinks({ sort }: { sort: PeopleSort }) {
  return (
    <nav aria-label="Sort people" className="flex items-center gap-2 text-sm">
      <span className="text-slate-600 dark:text-slate-300">Sort by</span>
      {SORTS.map((s) => (
        <Link
          key={s.sort}
          href={s.href}
          aria-current={s.sort === sort ? "page" : undefined}
          className="rounded-full px-3 py-1 text-indigo-700 hover:underline aria-[current=page]:bg-indigo-50 aria-[current=page]:font-semibold dark:text-indigo-300 dark:aria-[current=page]:bg-indigo-950"
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}

/** Everyone who speaks or is credited in the library, or a line saying there is nobody yet. */
export function PeopleList({ people, sort }: { people: Person[]; sort: PeopleSort }) {
  if (people.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700 dark:border-slate-700 dark:text-slate-300">
        No people yet: speakers with a name, and people a show credits, are listed here once their episodes
        are built.
      </p>
    );
  return (
    <div className="space-y-4">
      <SortLinks sort={sort} />
      <ul className="divide-y divide-slate-200 dark:divide-slate-800">
        {people.map((person) => (
          <li key={person.slug} className="flex items-center gap-3 py-3">
            <Avatar name={person.name} size="md" {...(person.image ? { image: person.image } : {})} />
            <div className="min-w-0">
              <Link
                href={`/people/${person.slug}`}
                className="font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
              >
                <bdi>{person.name}</bdi>
              </Link>
              {person.roles.length > 0 && (
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  {" "}
                  · {person.roles.join(", ")}
                </span>
              )}
              <p className="text-sm text-slate-600 dark:text-slate-300">{personSummary(person)}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
