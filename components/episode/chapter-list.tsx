import type { Chapter } from "@/lib/model/episode-schema";
import { formatClock } from "@/lib/time/format-time";
import { formatTimeParam } from "@/lib/time/format-time-param";

/**
 * Chapters as the main content of an episode that has no transcript. Without notes either, the
 * list stands in for the transcript (`#transcript`, each chapter a `data-sentence` passage):
 * playback and `?t=` links mark the chapter they are in (aria-current), a click plays from it.
 */
export function ChapterList({ chapters, main = false }: { chapters: Chapter[]; main?: boolean }) {
  if (chapters.length === 0) return null;
  return (
    <section aria-labelledby="chapters-heading" id={main ? "transcript" : undefined}>
      <h2 id="chapters-heading" className="mb-2 text-xl font-semibold">
        Chapters
      </h2>
      <ol className="divide-y divide-slate-200 dark:divide-slate-800">
        {chapters.map((chapter) => (
          <li
            key={chapter.id}
            id={chapter.id}
            data-sentence={main ? "" : undefined}
            data-start={main ? chapter.start : undefined}
            data-end={main ? chapter.end : undefined}
            className="flex below-player gap-3 py-2"
          >
            <a
              href={`?t=${formatTimeParam(chapter.start)}`}
              data-seek={chapter.start}
              aria-label={`Play ${chapter.title} from ${formatClock(chapter.start)}`}
              className="w-14 shrink-0 font-mono text-sm text-indigo-700 tabular-nums hover:underline dark:text-indigo-300"
            >
              {formatClock(chapter.start)}
            </a>
            <span>{chapter.title}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
