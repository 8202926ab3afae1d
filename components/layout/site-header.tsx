import Link from "next/link";
import { ThemeToggleIsland } from "@/components/theme/theme-toggle-island";
import { SiteSearchForm } from "@/components/search/site-search-form";

/** The header on every page: product name (home link), search over all episodes and the theme toggle. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="text-lg font-semibold tracking-tight text-slate-900 hover:text-indigo-700 dark:text-white dark:hover:text-indigo-300"
        >
          Episode Explorer
        </Link>
        <SiteSearchForm />
        <nav aria-label="Site" className="flex items-center gap-2">
          <ThemeToggleIsland />
        </nav>
      </div>
    </header>
  );
}
