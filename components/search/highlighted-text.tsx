import { buildExcerpt } from "@/lib/search/build-excerpt";
import { findMatchRanges } from "@/lib/search/find-match-ranges";
import type { IsWord } from "@/lib/search/term-match";
import { ExcerptText } from "./excerpt-text";

/** A hit's text around its first match, matched words in `<mark>` (rendered as text, never HTML). */
export function HighlightedText({
  text,
  query,
  maxChars,
  vocabulary,
}: {
  text: string;
  query: string;
  maxChars?: number;
  /** The search's words, for the parts of words it found (findMatchRanges). */
  vocabulary?: IsWord;
}) {
  return <ExcerptText parts={buildExcerpt(text, findMatchRanges(text, query, vocabulary), maxChars)} />;
}
