import { useRef } from "react";
import { formatClock } from "@/lib/time/format-time";
import { DOC_KIND_LABEL } from "@/lib/search/doc-kind-label";
import type { EpisodeHit } from "@/lib/search/episode-searcher";
import type { EpisodeSearchIndex } from "@/lib/search/search-doc";
import type { IsWord } from "@/lib/search/term-match";
import { HighlightedText } from "./highlighted-text";

export interface SearchHitListProps {
  hits: readonly EpisodeHit[];
  query: string;
  current: number;
  index: EpisodeSearchIndex;
  /** The episode's words, so that a hit's text marks the parts of words the search found. */
  vocabulary: IsWord;
  onSelect: (hit: number) => void;
}

/**
 * The hits, in a disclosure: how many per section (each jumps to the section's first hit),
 * then each hit with speaker, time and context. Choosing one makes it the current hit.
 */
export function SearchHitList({ hits, query, current, index, vocabulary, onSelect }: SearchHitListProps) {
  const details = useRef<HTMLDetailsElement>(null);
  // Choosing a hit closes the list, which would otherwise cover the transcript under a sticky player.
  const choose = (hit: number) => {
    if (details.current) details.current.open = false;
    onSelect(hit);
  };
  const perSection = new Map<number, { count: number; first: number }>();
  hits.forEach(({ doc }, i) => {
    if (doc.section === undefined) return;
    const entry = perSection.get(doc.section);
    if (entry) entry.count++;
    else perSection.set(doc.section, { count: 1, first: i });
  });
  const sections = [...perSection].sort(([a], [b]) => a - b);
  const item =
    "w-full rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:hover:bg-slate-800";
  return (
    <details
      ref={details}
      className="basis-full rounded-md border border-slate-200 text-sm dark:border-slate-800"
    >
      <summary className="cursor-pointer px-3 py-1.5 font-medium text-slate-700 dark:text-slate-300">
        {hits.length === 1 ? "Show the match" : `Show all ${hits.length} matches`}
      </summary>
      <div className="max-h-72 space-y-3 overflow-y-auto px-2 pb-2">
        {sections.length > 0 && (
          <ul aria-label="Matches per section" className="flex flex-wrap gap-1">
            {sections.map(([section, { count, first }]) => (
              <li key={section}>
                <button
                  type="button"
                  onClick={() => choose(first)}
                  className="rounded-full border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:text-slate-300 dark:hover:bg-slate-800"
                >
                  {index.sections[section]?.title ?? "Section"}: {count}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ol aria-label="Matches" className="space-y-1">
          {hits.map(({ doc }, i) => {
            const speaker = doc.speaker === undefined ? undefined : index.speakers[doc.speaker]?.name;
            return (
              <li key={doc.id}>
                <button
                  type="button"
                  onClick={() => choose(i)}
                  aria-current={i === current ? "true" : undefined}
                  className={`${item} aria-[current=true]:bg-orange-50 dark:aria-[current=true]:bg-slate-800`}
                >
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {[
                      DOC_KIND_LABEL[doc.kind] || undefined,
                      speaker,
                      doc.start === undefined ? undefined : formatClock(doc.start),
                    ]
                      .filter(Boolean)
                      .join(" · ") || "Match"}
                  </span>
                  <HighlightedText text={doc.text} query={query} vocabulary={vocabulary} />
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </details>
  );
}
