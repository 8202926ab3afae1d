"use client";

import { useEffect, useState } from "react";
import type { NoteTopic } from "@/lib/view/collect-note-topics";

/**
 * The notes' topics, listed once, as toggle buttons: pressing one shows only its notes (and the
 * headings above them), pressing it again shows all. Without JavaScript every note stays visible.
 */
export function NoteTopicFilterIsland({ topics, total }: { topics: NoteTopic[]; total: number }) {
  const [selected, setSelected] = useState<string | null>(null);
  const shown = topics.find((t) => t.tag === selected);

  useEffect(() => {
    const keep = shown ? new Set(shown.noteIds) : undefined;
    const shownGroups: string[] = [];
    for (const group of document.querySelectorAll<HTMLElement>("[data-note-group]")) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>("[data-note]")) {
        item.hidden = keep !== undefined && !keep.has(item.id);
        if (!item.hidden) visible++;
      }
      group.hidden = visible === 0;
      if (visible > 0) shownGroups.push(group.dataset.noteGroup ?? "");
    }
    // A heading stays while any shown note sits under it, however deep.
    for (const heading of document.querySelectorAll<HTMLElement>("[data-note-heading]")) {
      const path = heading.dataset.noteHeading ?? "";
      heading.hidden = !shownGroups.some((key) => key === path || key.startsWith(`${path} / `));
    }
  }, [shown]);

  return (
    <div className="space-y-2">
      {/* A label, not a heading: the notes' outline (h2/h3) stays the topics the source gives. */}
      <p id="note-topics-heading" className="text-sm font-semibold">
        Topics in these notes
      </p>
      <div role="group" aria-labelledby="note-topics-heading" className="flex flex-wrap gap-2">
        {topics.map((topic) => (
          <button
            key={topic.tag}
            type="button"
            aria-pressed={topic.tag === selected}
            onClick={() => setSelected(topic.tag === selected ? null : topic.tag)}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-indigo-500 aria-pressed:border-indigo-700 aria-pressed:bg-indigo-700 aria-pressed:text-white dark:border-slate-700 dark:aria-pressed:border-indigo-400 dark:aria-pressed:bg-indigo-400 dark:aria-pressed:text-slate-950"
          >
            {topic.tag} <span className="tabular-nums">({topic.noteIds.length})</span>
          </button>
        ))}
      </div>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {shown ? `Showing ${shown.noteIds.length} of ${total} notes on ${shown.tag}.` : ""}
      </p>
    </div>
  );
}
