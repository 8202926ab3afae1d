import { buildExcerpt } from "@/lib/search/build-excerpt";
import type { MatchRange } from "@/lib/search/find-match-ranges";
import { ExcerptText } from "./excerpt-text";

/**
 * A hit's text around its first mark, the marked stretches in `<mark>`: the ranges come from the
 * engine that found the hit (typo corrections included), so what is marked is what matched.
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
  return <ExcerptText parts={buildExcerpt(text, marks, maxChars)} />;
}
