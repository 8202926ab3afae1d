import type { ExcerptPart } from "@/lib/search/build-excerpt";

/** An excerpt of a hit: its marked parts in `<mark>`, everything rendered as text, never HTML. */
export function ExcerptText({ parts }: { parts: readonly ExcerptPart[] }) {
  return (
    <span className="block text-slate-900 dark:text-slate-100">
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="rounded-sm bg-yellow-200 text-slate-950 dark:bg-yellow-300">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}
