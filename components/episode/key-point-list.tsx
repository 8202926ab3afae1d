import type { KeyPoint, Sentence } from "@/lib/model/episode-schema";
import { formatClock } from "@/lib/time/format-time";

type Passage = KeyPoint["support"][number];

/** "Discussed at 8:36" (or "Discussed" when the sentence has no time). */
function passageLabel(passage: Passage, start: number | undefined): string {
  const kind = passage.kind === "discussed" ? "Discussed" : "Mentioned";
  return start !== undefined ? `${kind} at ${formatClock(start)}` : kind;
}

/** Links to a point's passages, best first: "Discussed at 19:34 · mentioned at 1:23". */
function PassageLinks({ passages, sentences }: { passages: Passage[]; sentences: Map<string, Sentence> }) {
  const links = passages.flatMap((passage) => {
    const sentence = sentences.get(passage.sentenceId);
    return sentence ? [{ passage, sentence, label: passageLabel(passage, sentence.start) }] : [];
  });
  if (links.length === 0) return null;
  return (
    <p className="mt-1">
      {links.map(({ passage, sentence, label }, i) => (
        <span key={passage.sentenceId}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          <a
            href={`#${sentence.id}`}
            data-seek={sentence.start}
            aria-label={`${label}: jump to the passage`}
            className="inline-block leading-6 font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
          >
            {i === 0 ? label : label.toLowerCase()}
          </a>
        </span>
      ))}
    </p>
  );
}

/** Key points, each linking to up to three passages that support it, best first. */
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
        {keyPoints.map((point) => (
          <li key={point.id} id={point.id} className="leading-snug">
            <p>{point.text}</p>
            <PassageLinks passages={point.support} sentences={sentences} />
          </li>
        ))}
      </ol>
    </section>
  );
}
