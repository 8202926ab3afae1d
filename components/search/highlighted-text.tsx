import { buildExcerpt } from "@/lib/search/build-excerpt";
import { findMatchRanges } from "@/lib/search/find-match-ranges";

/** A hit's text around its first match, matched words in `<mark>` (rendered as text, never HTML). */
export function HighlightedText({
  text,
  query,
  maxChars,
}: {
  text: string;
  query: string;
  maxChars?: number;
}) {
  const parts = buildExcerpt(text, findMatchRanges(text, query), maxChars);
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
