import type { KeyPoint, Sentence } from "@/lib/model/episode-schema";
import { formatClock } from "@/lib/format/format-time";

/** Key points, each linking to the passage that supports it best. */
export function KeyPointList({
  keyPoints,
  sentences,
}: {
  keyPoints: KeyPoint[];
  sentences: Map<string, Sentence>;
}) {
  if (keyPoints.length === 0) return null;
  return (
    <section aria-labelledby="key-points-heading" className="text-sm">
      <h2
        id="key-points-heading"
        className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400"
      >
        Key points
      </h2>
      <ol className="space-y-3">
        {keyPoints.map((point) => {
          const best = point.support[0];
          const sentence = best ? sentences.get(best.sentenceId) : undefined;
          return (
            <li key={point.id} id={point.id} className="leading-snug">
              <p>{point.text}</p>
              {sentence && (
                <a
                  href={`#${sentence.id}`}
                  data-seek={sentence.start}
                  className="mt-1 inline-block font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
                >
                  Go to the passage{sentence.start !== undefined ? ` at ${formatClock(sentence.start)}` : ""}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
