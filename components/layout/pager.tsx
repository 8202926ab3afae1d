import Link from "next/link";
import { pageWindow } from "@/lib/view/library-page";

const item =
  "inline-flex min-w-10 justify-center rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium tabular-nums hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:hover:bg-slate-800";
const current =
  "border-indigo-700 bg-indigo-700 text-white hover:bg-indigo-700 dark:border-indigo-400 dark:bg-indigo-400 dark:text-slate-950 dark:hover:bg-indigo-400";

/**
 * Previous, numbered pages (1 … 4 5 6 … 34) and next, as links to `href(n)`; nothing for a
 * single page. Links, not buttons: every page is a URL to share or open without JavaScript.
 */
export function Pager({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (n: number) => string;
}) {
  if (pageCount < 2) return null;
  return (
    <nav aria-label="Pages" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={item}>
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500 dark:text-slate-400">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-current={n === page ? "page" : undefined}
                aria-label={`Page ${n}`}
                className={n === page ? `${item} ${current}` : item}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={href(page + 1)} rel="next" className={item}>
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
