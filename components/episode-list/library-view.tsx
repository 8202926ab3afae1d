import { libraryHref, type LibraryPage } from "@/lib/view/library-page";
import { EmptyLibrary } from "./empty-library";
import { EpisodeCard } from "./episode-card";
import { Pager } from "@/components/layout/pager";
import { ShowFilter } from "./show-filter";

const count = new Intl.NumberFormat("en");

/** What the list holds, in words: "Episodes 31–60 of 1,003", "1 episode in Acquired". */
function describePage({ first, last, total, show, pageCount }: LibraryPage): string {
  const noun = total === 1 ? "episode" : "episodes";
  const where = show ? ` in ${show.name}` : "";
  if (pageCount === 1) return `${count.format(total)} ${noun}${where}`;
  return `Episodes ${count.format(first)}–${count.format(last)} of ${count.format(total)}${where}`;
}

/**
 * A page of the library, all on the server: the show filter and the pager are plain links, so
 * they work without JavaScript and in the static copy, and the page carries only its own cards.
 */
export function LibraryView({ library }: { library: LibraryPage }) {
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Episodes</h1>
      <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-300">
        Read an episode, search it for a quote, jump to any moment and share a link that lands exactly there.
      </p>
      {library.total === 0 ? (
        <EmptyLibrary />
      ) : (
        <>
          <ShowFilter shows={library.shows} selected={library.show} libraryTotal={library.libraryTotal} />
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">{describePage(library)}</p>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2" aria-label="Episodes">
            {library.episodes.map((episode) => (
              <li key={episode.slug}>
                <EpisodeCard episode={episode} />
              </li>
            ))}
          </ul>
          <Pager
            page={library.page}
            pageCount={library.pageCount}
            href={(n) => libraryHref(library.show?.slug, n)}
          />
        </>
      )}
    </>
  );
}
