import { formatClock } from "@/lib/time/format-time";
import type { NavEntry } from "@/lib/view/pick-nav";

/** Sections, chapters or the notes' topics as a navigation list with start times. */
export function SectionNav({ items, label = "Sections" }: { items: NavEntry[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label={label} className="text-sm">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {label}
      </h2>
      <ol className="space-y-1">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              data-section-link={item.id}
              data-seek={item.start}
              className="flex gap-2 rounded px-2 py-1 hover:bg-slate-100 aria-[current=location]:bg-indigo-50 aria-[current=location]:font-semibold dark:hover:bg-slate-800 dark:aria-[current=location]:bg-indigo-950"
            >
              <span className="w-12 shrink-0 font-mono text-xs leading-5 text-slate-600 tabular-nums dark:text-slate-400">
                {item.start !== undefined && formatClock(item.start)}
              </span>
              <span>{item.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
