import type { Note } from "@/lib/model/episode-schema";
import { formatClock } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";
import { groupNotes } from "@/lib/view/group-notes";
import { collectNoteTopics } from "@/lib/view/collect-note-topics";
import { hasBackwardTimes } from "@/lib/view/has-backward-times";
import { NoteTopicFilterIsland } from "./note-topic-filter-island";

/**
 * Timestamped notes under their headings, in the source's order, each with a time link; timed
 * notes follow playback. Topic tags are listed once above them as a filter, not on every note.
 */
export function NotesView({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  const topics = collectNoteTopics(notes);
  return (
    <section aria-label="Notes" id="transcript" className="space-y-5">
      {topics.length > 0 && <NoteTopicFilterIsland topics={topics} total={notes.length} />}
      {hasBackwardTimes(notes) && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Times in this list follow the source, not always in order.
        </p>
      )}
      {groupNotes(notes).map((group) => (
        <div key={group.key}>
          {group.opens.map((heading) => {
            const Heading = heading.depth === 0 ? "h2" : heading.depth === 1 ? "h3" : "h4";
            return (
              <Heading
                key={heading.id}
                data-note-heading={group.headingPath.slice(0, heading.depth + 1).join(" / ")}
                id={heading.id}
                data-section-start={heading.start}
                className={`${heading.depth === 0 ? "text-xl" : "text-lg"} mb-2 below-player font-semibold`}
              >
                {heading.title}
              </Heading>
            );
          })}
          <ul data-note-group={group.key} className="space-y-2">
            {group.notes.map((note) => (
              // A timed note is a passage like a sentence (data-sentence): playback and `?t=` links
              // mark it (aria-current), a click plays from it, the share button can link to it.
              <li
                key={note.id}
                id={note.id}
                data-note=""
                data-sentence=""
                data-start={note.start}
                className="leading-relaxed"
              >
                {note.start !== undefined && (
                  <a
                    href={`?t=${formatTimeParam(note.start)}`}
                    data-seek={note.start}
                    aria-label={`Play from ${formatClock(note.start)}`}
                    className="mr-2 font-mono text-xs text-slate-600 tabular-nums hover:underline dark:text-slate-400"
                  >
                    {formatClock(note.start)}
                  </a>
                )}
                {note.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
