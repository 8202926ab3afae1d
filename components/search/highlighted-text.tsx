import { buildExcerpt } from "@/lib/search/build-excerpt";
import { findMatchRanges } from "@/lib/search/find-match-ranges";
import { ExcerptText } from "./excerpt-text";

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
  return <ExcerptText parts={buildExcerpt(text, findMatchRanges(text, query), maxChars)} />;
}
