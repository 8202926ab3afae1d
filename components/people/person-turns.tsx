import Link from "next/link";
import { formatClock, formatDuration } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";
import type { PersonTurn } from "@/lib/view/people-index";

/** A person's longest turns across the library: each opens the episode at that moment. */
export function PersonTurns({ turns }: { turns: PersonTurn[] }) {
  if (turns.length === 0) return null;
  return (
    <section aria-labelledby="person-turns-heading" className="space-y-2">
      <h2 id="person-turns-heading" className="text-xl font-semibold">
        Longest turns
      </h2>
      <ol className="space-y-3">
        {turns.map((turn) => (
          <li key={`${turn.episodeSlug}@${turn.start}`}>
            <Link
              href={`/episodes/${turn.episodeSlug}?t=${formatTimeParam(turn.start, turn.end)}`}
              className="block rounded-md border border-slate-200 p-3 hover:border-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-800 dark:hover:border-indigo-500"
            >
              <span className="text-sm text-slate-600 dark:text-slate-300">
                <span className="font-medium text-indigo-700 dark:text-indigo-300">{turn.episodeTitle}</span>{" "}
                at {formatClock(turn.start)} · {formatDuration(turn.end - turn.start)}
              </span>
              <q className="mt-1 block text-slate-800 dark:text-slate-100">{turn.quote}</q>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
