import Link from "next/link";
import type { LibraryShow } from "@/lib/view/library-page";
import { libraryHref } from "@/lib/view/library-page";

const chip =
  "inline-block rounded-full border border-slate-300 px-3 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=page]:border-indigo-400 dark:aria-[current=page]:bg-indigo-400 dark:aria-[current=page]:text-slate-950";

/**
 * Links to each show's own pages (`/shows/<slug>`), the one shown marked current. Links rather
 * than toggles: a filtered library is a page of its own, to bookmark, share or open without
 * JavaScript. Shown once the library has more than one show.
 */
export function ShowFilter({
  shows,
  selected,
  libraryTotal,
}: {
  shows: LibraryShow[];
  selected: LibraryShow | undefined;
  libraryTotal: number;
}) {
  if (shows.length < 2 && !selected) return null;
  const link = (label: string, href: string, total: number, current: boolean) => (
    <li key={href}>
      <Link href={href} aria-current={current ? "page" : undefined} className={chip}>
        {label} <span className="tabular-nums">({total})</span>
      </Link>
    </li>
  );
  return (
    <nav aria-label="Filter by show" className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {link("All shows", "/", libraryTotal, !selected)}
        {shows.map((show) =>
          link(show.name, libraryHref(show.slug, 1), show.count, show.slug === selected?.slug),
        )}
      </ul>
    </nav>
  );
}
