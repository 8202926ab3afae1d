import type { Note } from "@/lib/model/episode-schema";
import { formatClock } from "@/lib/format/format-time";
import { formatTimeParam } from "@/lib/links/format-time-param";
import { groupNotes } from "@/lib/view/group-notes";

/** Timestamped notes under their headings, each with a time link; timed notes follow playback. */
export function NotesView({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label="Notes" id="transcript" className="space-y-5">
      {groupNotes(notes).map((group) => (
        <div key={group.key}>
          {group.opens.map((heading) => {
            const Heading = heading.depth === 0 ? "h2" : heading.depth === 1 ? "h3" : "h4";
            return (
              <Heading
                key={heading.id}
                id={heading.id}
                data-section-start={heading.start}
                className={`${heading.depth === 0 ? "text-xl" : "text-lg"} mb-2 below-player font-semibold`}
              >
                {heading.title}
              </Heading>
            );
          })}
          <ul className="space-y-2">
            {group.notes.map((note) => (
              // A timed note is a passage like a sentence (data-sentence): playback and `?t=` links
              // mark it (aria-current), a click plays from it, the share button can link to it.
              <li
                key={note.id}
                id={note.id}
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
                {note.tags.length > 0 && (
                  <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
                    {note.tags.map((tag) => (
                      <span
                        key={tag}
                        className="rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                      >
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
