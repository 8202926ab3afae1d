import { buildExcerpt } from "@/lib/search/build-excerpt";
import type { MatchRange } from "@/lib/search/find-match-ranges";

/**
 * A hit's text around its first mark, the marked stretches in `<mark>`: the ranges come from the
 * engine that found the hit (typo corrections included), so what is marked is what matched.
 * Rendered as text, never HTML.
 */
export function MarkedText({
  text,
  marks,
  maxChars,
}: {
  text: string;
  marks: readonly MatchRange[];
  maxChars?: number;
}) {
  const parts = buildExcerpt(text, marks, maxChars);
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
